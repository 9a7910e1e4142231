package io.cashpost.collection;

import java.math.BigDecimal;
import java.util.List;

/**
 * One customer in one currency on the collectors' worklist.
 *
 * @param customerId the customer
 * @param customerName its name
 * @param currency the currency
 * @param overdue open on invoices past their due date
 * @param disputed the part of it under open disputes (left out of the score)
 * @param overdueInvoices how many invoices are overdue
 * @param oldestDaysPastDue days past due of the oldest
 * @param invoiceNumbers the overdue invoices, oldest due first
 * @param brokenPromises promises broken within the look-back
 * @param score the priority: see {@link Worklist}
 * @param blocked whether chasing is blocked (then {@code blocks} says why)
 * @param reasons why the customer is on the list, in words
 * @param blocks why chasing is blocked
 * @param paidToday invoices paid or partly paid today
 * @param disputedInvoices the overdue invoices under an open dispute
 */
public record WorklistRow(String customerId, String customerName, String currency, BigDecimal overdue,
		BigDecimal disputed, int overdueInvoices, int oldestDaysPastDue, List<String> invoiceNumbers,
		int brokenPromises, BigDecimal score, boolean blocked, List<String> reasons, List<Block> blocks,
		List<PaidToday> paidToday, List<String> disputedInvoices) {

	/**
	 * Why chasing is blocked.
	 *
	 * @param code {@code payment_being_applied}, {@code disputed}, {@code promise},
	 * {@code hold} or {@code stale_data}
	 * @param detail in words, for the collector
	 */
	public record Block(String code, String detail) {

		@Override
		public String toString() {
			return this.code + ": " + this.detail;
		}

	}

	/**
	 * An invoice money was applied to today.
	 *
	 * @param invoiceNumber the invoice
	 * @param settled what today's postings settled on it
	 * @param status {@code paid} or {@code partially_paid} now
	 */
	public record PaidToday(String invoiceNumber, BigDecimal settled, String status) {

		@Override
		public String toString() {
			return this.invoiceNumber + " " + (this.status.equals("paid") ? "paid" : "partly paid") + " ("
					+ this.settled.stripTrailingZeros().toPlainString() + ")";
		}

	}

}
