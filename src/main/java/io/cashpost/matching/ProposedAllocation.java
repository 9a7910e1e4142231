package io.cashpost.matching;

import io.cashpost.money.Money;

/**
 * Part of a payment applied to one invoice.
 *
 * @param invoiceId the invoice
 * @param invoiceNumber its number, for people
 * @param customerId its customer
 * @param applied cash applied to it
 * @param discount early-payment discount granted (zero if none)
 * @param writeOff small difference written off (zero if none)
 * @param reasonCode why the invoice is not simply settled by the cash
 * ({@code short_payment}, {@code bank_charges}, ...), or {@code null}
 */
public record ProposedAllocation(long invoiceId, String invoiceNumber, String customerId, Money applied, Money discount,
		Money writeOff, String reasonCode) {

	/** What leaves the invoice's open amount: cash, discount and write-off together. */
	public Money settles() {
		return this.applied.plus(this.discount).plus(this.writeOff);
	}

}
