/**
 * Security: users and their roles, API tokens (shown once, kept as SHA-256 hashes), and
 * who may reach which part of the HTTP API and the dashboard.
 */
package io.cashpost.security;
