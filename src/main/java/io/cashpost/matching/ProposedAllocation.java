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
 * @param credit credit notes of the customer applied to it in the same entry (zero if
 * none): settles the invoice like cash, without being cash
 * @param deduction what the payer deducted and left open on it with a reason (zero if
 * none): not settled, recorded so that collectors can take it up
 * @param deductionReason why the payer deducted it (the payer's reason code, else one
 * read from its text, else {@code unexplained}), or {@code null} when nothing was
 * deducted
 */
public record ProposedAllocation(long invoiceId, String invoiceNumber, String customerId, Money applied, Money discount,
		Money writeOff, String reasonCode, Money credit, Money deduction, String deductionReason,
		String deductionText) {

	public ProposedAllocation {
		credit = (credit != null) ? credit : Money.zero(applied.currency());
		deduction = (deduction != null) ? deduction : Money.zero(applied.currency());
	}

	/** An allocation without credit notes and without a deduction. */
	public ProposedAllocation(long invoiceId, String invoiceNumber, String customerId, Money applied, Money discount,
			Money writeOff, String reasonCode) {
		this(invoiceId, invoiceNumber, customerId, applied, discount, writeOff, reasonCode, null, null, null, null);
	}

	/**
	 * What leaves the invoice's open amount: cash, discount, write-off and credit notes
	 * together.
	 */
	public Money settles() {
		return this.applied.plus(this.discount).plus(this.writeOff).plus(this.credit);
	}

	/** Whether the payer deducted part of the invoice with a reason. */
	public boolean hasDeduction() {
		return !this.deduction.isZero();
	}

}
