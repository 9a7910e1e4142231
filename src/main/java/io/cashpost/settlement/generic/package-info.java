/**
 * Settlement CSVs of acquirers without a reader of their own, read through a column
 * mapping from configuration.
 */
package io.cashpost.settlement.generic;
