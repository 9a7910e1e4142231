package io.cashpost.invoice;

/** What one row of an invoice file reads as: an invoice, or why it is not one. */
sealed interface InvoiceCsvRow permits InvoiceRow, RejectedRow {

	/** The line the row starts on. */
	long line();

}
