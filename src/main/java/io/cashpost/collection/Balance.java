package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * What a customer owes in one currency, as a collector needs it before calling.
 *
 * @param currency the currency
 * @param open open on all invoices
 * @param overdue open on invoices past their due date
 * @param unappliedCredit money received and held on account
 * @param inExceptionQueue payments waiting in the exception queue that may be this
 * customer's (named by a suggestion, or paid from one of its known accounts)
 * @param disputed open amounts under an open dispute
 */
public record Balance(String currency, BigDecimal open, BigDecimal overdue, BigDecimal unappliedCredit,
		BigDecimal inExceptionQueue, BigDecimal disputed) {

}
