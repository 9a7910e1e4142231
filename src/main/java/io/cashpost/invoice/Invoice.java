package io.cashpost.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.cashpost.money.Money;

/**
 * An invoice issued to a customer, with what is still open on it.
 *
 * @param id database id
 * @param number the invoice number as printed
 * @param customerId the customer it was issued to
 * @param amount the invoice amount
 * @param openAmount what is still to be paid
 * @param issueDate issue date
 * @param dueDate due date
 * @param discountPercent early-payment discount in percent, or {@code null}
 * @param discountUntil last value date on which the discount may be taken, or
 * {@code null}
 * @param paymentReference structured creditor reference printed on the invoice, or
 * {@code null}
 */
public record Invoice(long id, String number, String customerId, Money amount, Money openAmount, LocalDate issueDate,
		LocalDate dueDate, BigDecimal discountPercent, LocalDate discountUntil, String paymentReference) {

	public boolean isOpen() {
		return this.openAmount.amount().signum() > 0;
	}

}
