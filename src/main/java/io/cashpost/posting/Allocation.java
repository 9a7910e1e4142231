package io.cashpost.posting;

import io.cashpost.money.Money;

/**
 * Part of a posting's money applied to one invoice, or put on a customer's account as
 * credit when there is no invoice. The money it places comes from the posting's source
 * (the journal entry's bank transaction) and is placed when the entry is posted.
 *
 * @param invoiceId the invoice (or credit note), or {@code null} for money on account
 * @param customerId the invoice's customer, or the customer who gets the credit
 * @param applied cash applied
 * @param discount early-payment discount granted (zero if none)
 * @param writeOff small difference written off (zero if none)
 * @param reasonCode why the invoice is not simply settled by the cash
 * ({@code short_payment}, {@code overpayment}, {@code on_account}, ...), or {@code null}
 * @param rule the matching rule that decided, or {@code manual}
 * @param confidence how sure the rule is, 0 to 1
 * @param evidence what was seen, or who decided, in words a person reads
 * @param credit on an invoice, what credit notes settle of it; on a credit note, what of
 * its credit is used (zero if none)
 * @param deduction what the payer deducted from the invoice and left open, with a reason
 * (zero if none)
 * @param deductionReason why, or {@code null} when nothing was deducted
 */
public record Allocation(Long invoiceId, String customerId, Money applied, Money discount, Money writeOff,
		String reasonCode, String rule, double confidence, String evidence, Money credit, Money deduction,
		String deductionReason) {

	public Allocation {
		credit = (credit != null) ? credit : Money.zero(applied.currency());
		deduction = (deduction != null) ? deduction : Money.zero(applied.currency());
		if (deduction.isZero() != (deductionReason == null)) {
			throw new IllegalArgumentException("a deduction needs its reason, and a reason its deduction");
		}
	}

	/** An allocation of cash, discount and write-off only. */
	public Allocation(Long invoiceId, String customerId, Money applied, Money discount, Money writeOff,
			String reasonCode, String rule, double confidence, String evidence) {
		this(invoiceId, customerId, applied, discount, writeOff, reasonCode, rule, confidence, evidence, null, null,
				null);
	}

	/** Money put on a customer's account. */
	public static Allocation onAccount(String customerId, Money amount, String reasonCode, String rule,
			double confidence, String evidence) {
		Money zero = Money.zero(amount.currency());
		return new Allocation(null, customerId, amount, zero, zero, reasonCode, rule, confidence, evidence);
	}

	/**
	 * What leaves the invoice's open amount: cash, discount, write-off and credit
	 * together.
	 */
	public Money settles() {
		return this.applied.plus(this.discount).plus(this.writeOff).plus(this.credit);
	}

	boolean isOnAccount() {
		return this.invoiceId == null;
	}

}
