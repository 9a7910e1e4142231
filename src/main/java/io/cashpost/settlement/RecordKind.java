package io.cashpost.settlement;

import java.util.Locale;

/**
 * What a row of a settlement report does to the money the acquirer owes the merchant.
 * Each acquirer's record types (Adyen {@code Settled}, Stripe {@code charge}, PayPal
 * {@code T0006}) are read into one of these.
 */
public enum RecordKind {

	/** A customer paid: matched to invoices like a bank receipt. */
	SALE,
	/** Money given back to the customer: reverses its sale, the invoice reopens. */
	REFUND,
	/** The card holder disputed the payment: reverses its sale, the invoice reopens. */
	CHARGEBACK,
	/** A chargeback the merchant won: the money comes back and is applied again. */
	CHARGEBACK_REVERSAL,
	/** A refund that failed or was undone: the money comes back and is applied again. */
	REFUND_REVERSAL,
	/** A fee the acquirer charged outside a transaction (monthly fees, invoices). */
	FEE,
	/** Money moved to or from a deposit or reserve the acquirer holds. */
	ADJUSTMENT,
	/** One currency balance converted into another. */
	FX_CONVERSION,
	/** The acquirer paid the balance out to the merchant's bank account. */
	PAYOUT,
	/** The balance carried from one batch to the next (no money moves). */
	BALANCE_TRANSFER,
	/**
	 * A movement Cashpost knows but has no rule to post (a payment the merchant sent, a
	 * manual correction): posted to suspense and queued for a person.
	 */
	OTHER,
	/** A record type Cashpost does not know: kept, shown, queued for a person. */
	UNKNOWN,
	/** No money moved (denied, pending, voided): kept, never posted. */
	INFO;

	/** The kind's name as files and exports show it, e.g. {@code chargeback_reversal}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the row moves money that a customer paid for invoices. */
	public boolean isCustomerPayment() {
		return this == SALE || this == CHARGEBACK_REVERSAL || this == REFUND_REVERSAL;
	}

	/** Whether the row gives a customer's payment back. */
	public boolean isReversal() {
		return this == REFUND || this == CHARGEBACK;
	}

	/** Whether a person must look at the row because no rule posts it. */
	public boolean needsPerson() {
		return this == OTHER || this == UNKNOWN;
	}

	/** Rows that move no money of the batch's own business. */
	public boolean isBookkeeping() {
		return this == PAYOUT || this == BALANCE_TRANSFER || this == INFO;
	}

}
