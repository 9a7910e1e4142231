package io.cashpost.posting;

import io.cashpost.money.Money;

/**
 * Part of a posting's money applied to one invoice, or put on a customer's account as
 * credit when there is no invoice. The money it places comes from the posting's source
 * (the journal entry's bank transaction) and is placed when the entry is posted.
 *
 * @param invoiceId the invoice, or {@code null} for money on account
 * @param customerId the invoice's customer, or the customer who gets the credit
 * @param applied cash applied
 * @param discount early-payment discount granted (zero if none)
 * @param writeOff small difference written off (zero if none)
 * @param reasonCode why the invoice is not simply settled by the cash
 * ({@code short_payment}, {@code overpayment}, {@code on_account}, ...), or {@code null}
 * @param rule the matching rule that decided, or {@code manual}
 * @param confidence how sure the rule is, 0 to 1
 * @param evidence what was seen, or who decided, in words a person reads
 */
public record Allocation(Long invoiceId, String customerId, Money applied, Money discount, Money writeOff,
		String reasonCode, String rule, double confidence, String evidence) {

	/** Money put on a customer's account. */
	public static Allocation onAccount(String customerId, Money amount, String reasonCode, String rule,
			double confidence, String evidence) {
		Money zero = Money.zero(amount.currency());
		return new Allocation(null, customerId, amount, zero, zero, reasonCode, rule, confidence, evidence);
	}

	/** What leaves the invoice's open amount: cash, discount and write-off together. */
	public Money settles() {
		return this.applied.plus(this.discount).plus(this.writeOff);
	}

	boolean isOnAccount() {
		return this.invoiceId == null;
	}

}
