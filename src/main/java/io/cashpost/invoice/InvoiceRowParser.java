package io.cashpost.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reads one record of an invoice file into an {@link InvoiceRow}, or lists everything
 * that is wrong with it.
 */
final class InvoiceRowParser {

	static final List<String> REQUIRED_COLUMNS = List.of("invoice_number", "customer_id", "customer_name", "currency",
			"amount", "issue_date", "due_date");

	static final String NOT_UTF8 = "not UTF-8 text (save the file as UTF-8)";

	private static final char REPLACEMENT = '\uFFFD';

	private final Map<String, Integer> columns;

	private final int width;

	/**
	 * @param columns the position of each column by its lower-case name
	 * @param width how many fields the header has
	 */
	InvoiceRowParser(Map<String, Integer> columns, int width) {
		this.columns = columns;
		this.width = width;
	}

	InvoiceCsvRow parse(CsvRecord record) {
		if (record.problem() != null) {
			return new RejectedRow(record.line(), List.of(record.problem()));
		}
		if (notUtf8(record)) {
			return new RejectedRow(record.line(), List.of(NOT_UTF8));
		}
		if (record.fields().size() != this.width) {
			return new RejectedRow(record.line(),
					List.of("%d fields where the header has %d (quote a value that holds a comma)"
						.formatted(record.fields().size(), this.width)));
		}
		RowFields row = new RowFields(record, this.columns);
		String number = row.invoiceNumber();
		String customerId = row.required("customer_id");
		String customerName = row.required("customer_name");
		Currency currency = row.currency();
		BigDecimal amount = row.money("amount", true, currency);
		BigDecimal openAmount = row.money("open_amount", false, currency);
		LocalDate issueDate = row.date("issue_date", true);
		LocalDate dueDate = row.date("due_date", true);
		BigDecimal discountPercent = row.discountPercent();
		LocalDate discountUntil = row.date("discount_until", false);
		String account = row.account();
		String reference = row.paymentReference();
		String documentType = documentType(row);
		checkAmounts(row, amount, openAmount);
		checkDates(row, issueDate, dueDate);
		checkDiscount(row);
		if (row.hasProblems()) {
			return new RejectedRow(record.line(), row.problems());
		}
		return new InvoiceRow(record.line(), number, customerId, customerName, currency, amount,
				(openAmount != null) ? openAmount : amount, issueDate, dueDate, discountPercent, discountUntil, account,
				reference, documentType);
	}

	/**
	 * {@code invoice} when the column is absent or empty; a credit note's amounts are
	 * positive like an invoice's, its type says they are credit.
	 */
	private static String documentType(RowFields row) {
		String type = row.optional("document_type");
		if (type == null) {
			return InvoiceRow.INVOICE;
		}
		String normalised = type.strip().toLowerCase(java.util.Locale.ROOT);
		if (!normalised.equals(InvoiceRow.INVOICE) && !normalised.equals(InvoiceRow.CREDIT_NOTE)) {
			row.problem("document_type '%s' must be invoice or credit_note", type);
		}
		return normalised;
	}

	/** Whether the record holds bytes the UTF-8 decoder replaced. */
	static boolean notUtf8(CsvRecord record) {
		return record.fields().stream().anyMatch((field) -> field.indexOf(REPLACEMENT) >= 0);
	}

	private static void checkAmounts(RowFields row, BigDecimal amount, BigDecimal openAmount) {
		if (amount != null && amount.signum() <= 0) {
			row.problem("amount '%s' must be greater than zero", amount.toPlainString());
		}
		if (openAmount != null && openAmount.signum() < 0) {
			row.problem("open_amount '%s' must not be negative", openAmount.toPlainString());
		}
		else if (openAmount != null && amount != null && openAmount.compareTo(amount) > 0) {
			row.problem("open_amount '%s' is greater than amount '%s'", openAmount.toPlainString(),
					amount.toPlainString());
		}
	}

	private static void checkDates(RowFields row, LocalDate issueDate, LocalDate dueDate) {
		if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
			row.problem("due_date %s is before issue_date %s", dueDate, issueDate);
		}
	}

	/**
	 * A discount needs both its rate and its last day: matching grants it only to a
	 * payment whose value date is within the period.
	 */
	private static void checkDiscount(RowFields row) {
		boolean hasPercent = row.has("discount_percent");
		boolean hasUntil = row.has("discount_until");
		if (hasUntil && !hasPercent) {
			row.problem("discount_until is set without discount_percent");
		}
		else if (hasPercent && !hasUntil) {
			row.problem("discount_percent is set without discount_until");
		}
	}

}
