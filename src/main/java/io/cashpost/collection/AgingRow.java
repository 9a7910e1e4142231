package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * One customer's open receivables in one currency by days past due. The buckets add up to
 * {@code total}, the open balance on the day.
 *
 * @param customerId the customer
 * @param customerName its name
 * @param currency the currency
 * @param current not yet due (due on the day or later)
 * @param overdue1To30 1 to 30 days past due
 * @param overdue31To60 31 to 60 days past due
 * @param overdue61To90 61 to 90 days past due
 * @param overdue91To120 91 to 120 days past due
 * @param overdueOver120 more than 120 days past due
 * @param total open on the day
 */
public record AgingRow(String customerId, String customerName, String currency, BigDecimal current,
		BigDecimal overdue1To30, BigDecimal overdue31To60, BigDecimal overdue61To90, BigDecimal overdue91To120,
		BigDecimal overdueOver120, BigDecimal total) {

	/** Overdue: everything but the current bucket. */
	public BigDecimal overdue() {
		return this.total.subtract(this.current);
	}

}
