package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * What one customer owes in one currency, as collectors see it.
 *
 * @param customerId the customer
 * @param customerName its name
 * @param currency the currency
 * @param openAmount open on all invoices
 * @param overdueAmount open on invoices past their due date
 * @param unappliedCredit money received and held on account
 */
public record CustomerBalance(String customerId, String customerName, String currency, BigDecimal openAmount,
		BigDecimal overdueAmount, BigDecimal unappliedCredit) {

}
