/**
 * Posting: the append-only, double-entry ledger, allocations to invoices, exactly once
 * per source.
 */
package io.cashpost.posting;
