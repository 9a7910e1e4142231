package io.cashpost.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * One valid row of an invoice file, each value checked on its own and against the others
 * of the row.
 *
 * @param line the line the row starts on
 * @param invoiceNumber the invoice number as printed
 * @param customerId the ERP's customer id
 * @param customerName the customer's name
 * @param currency the invoice currency
 * @param amount the invoice amount, positive, at most the currency's decimal places
 * @param openAmount what is still open on it, between 0 and the amount
 * @param issueDate issue date
 * @param dueDate due date, not before the issue date
 * @param discountPercent early-payment discount in [0, 100), or {@code null}
 * @param discountUntil last day of the discount, or {@code null} when there is none
 * @param customerAccount a payer account of the customer, upper case without spaces, or
 * {@code null}
 * @param paymentReference the structured creditor reference as printed, or {@code null}
 * @param documentType {@code invoice}, or {@code credit_note} for credit the customer may
 * net off
 */
record InvoiceRow(long line, String invoiceNumber, String customerId, String customerName, Currency currency,
		BigDecimal amount, BigDecimal openAmount, LocalDate issueDate, LocalDate dueDate, BigDecimal discountPercent,
		LocalDate discountUntil, String customerAccount, String paymentReference,
		String documentType) implements InvoiceCsvRow {

	static final String INVOICE = "invoice";

	static final String CREDIT_NOTE = "credit_note";

	/** A row of an invoice file without a {@code document_type}: an invoice. */
	InvoiceRow(long line, String invoiceNumber, String customerId, String customerName, Currency currency,
			BigDecimal amount, BigDecimal openAmount, LocalDate issueDate, LocalDate dueDate,
			BigDecimal discountPercent, LocalDate discountUntil, String customerAccount, String paymentReference) {
		this(line, invoiceNumber, customerId, customerName, currency, amount, openAmount, issueDate, dueDate,
				discountPercent, discountUntil, customerAccount, paymentReference, INVOICE);
	}

	String numberKey() {
		return InvoiceKeys.of(this.invoiceNumber);
	}

	/** The payment reference's key, or {@code null} when there is no reference. */
	String referenceKey() {
		String key = InvoiceKeys.of(this.paymentReference);
		return (key == null || key.isEmpty()) ? null : key;
	}

}
