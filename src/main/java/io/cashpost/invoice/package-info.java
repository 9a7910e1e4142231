/**
 * Customers and their invoices: the import from the ERP's CSV export, and the lookups
 * matching needs.
 */
package io.cashpost.invoice;
