/**
 * The base every settlement report reader shares: CSV records with their lines, columns
 * found by their header name, amounts parsed exactly, and the running totals per batch
 * with their control checks.
 */
package io.cashpost.settlement.report;
