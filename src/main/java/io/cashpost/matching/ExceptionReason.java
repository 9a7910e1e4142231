package io.cashpost.matching;

import java.util.Locale;

/** Why a payment went to the exception queue instead of being posted. */
public enum ExceptionReason {

	/** Nothing in the payment points to an invoice, and the payer is unknown. */
	UNKNOWN_PAYER,
	/** The payer is known, but no invoice could be chosen with certainty. */
	NO_CANDIDATE,
	/** Several invoices or customers fit equally well. */
	AMBIGUOUS,
	/** A rule proposes invoices, but not with the confidence needed to post them. */
	LOW_CONFIDENCE,
	/** The referenced invoices do not add up to the amount paid. */
	AMOUNT_MISMATCH,
	/** The payment's currency differs from the invoice's. */
	CURRENCY_MISMATCH,
	/** The referenced invoice is already settled. */
	INVOICE_SETTLED,
	/** The same money was already posted from another file. */
	DUPLICATE,
	/** A reversal or return whose original posting is not known. */
	REVERSAL,
	/**
	 * The end-of-day statement books an entry already posted from an intraday report with
	 * another amount or value date.
	 */
	CHANGED_SINCE_INTRADAY,
	/**
	 * An entry posted from an intraday report that the end-of-day statement of its day
	 * does not carry: the bank may have reversed it.
	 */
	NOT_IN_END_OF_DAY;

	/** The code used in exports and the database, e.g. {@code unknown_payer}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
