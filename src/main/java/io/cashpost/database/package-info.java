/**
 * The database Cashpost runs on: a server of the user's choosing, or an embedded
 * PostgreSQL.
 */
package io.cashpost.database;
