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
	/**
	 * The payer's structured remittance says per invoice what it pays, but its lines do
	 * not add up to the amount received (to the cent).
	 */
	REMITTANCE_MISMATCH,
	/**
	 * The remittance lines add up, but a line names no open invoice (or credit note) of
	 * the customer the others name, or remits more than is open on it.
	 */
	REMITTANCE_UNMATCHED,
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
	NOT_IN_END_OF_DAY,
	/** A settlement batch's payout has not turned up on the bank in the days allowed. */
	MISSING_PAYOUT,
	/** A credit from a card acquirer that no settlement report explains (yet). */
	ORPHAN_ACQUIRER_CREDIT,
	/** A settlement batch's payout found on the bank with another amount. */
	PAYOUT_MISMATCH,
	/**
	 * A settlement report row no rule posts: a record type Cashpost does not know, or a
	 * movement such as a payment the merchant sent from the acquirer balance.
	 */
	UNEXPLAINED_SETTLEMENT_ROW;

	/** The code used in exports and the database, e.g. {@code unknown_payer}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
