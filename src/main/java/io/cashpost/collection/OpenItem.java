package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice with money still open.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber its number
 * @param currency its currency
 * @param amount invoiced
 * @param openAmount still open
 * @param issueDate issued
 * @param dueDate due
 * @param daysPastDue days past its due date today; 0 while not yet due
 * @param paymentStatus {@code open} or {@code partially_paid}
 * @param disputed the part under an open dispute
 */
public record OpenItem(long invoiceId, String invoiceNumber, String currency, BigDecimal amount, BigDecimal openAmount,
		LocalDate issueDate, LocalDate dueDate, int daysPastDue, String paymentStatus, BigDecimal disputed) {

}
