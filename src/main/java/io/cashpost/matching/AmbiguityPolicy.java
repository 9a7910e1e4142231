package io.cashpost.matching;

/**
 * What to do when several invoices of one customer fit a payment equally well and nothing
 * names one of them.
 */
public enum AmbiguityPolicy {

	/** Refer the payment as ambiguous, with the candidates as suggestions. */
	REFER,
	/**
	 * Apply it to the invoice due first (then issued first): what most customers mean.
	 * Never chooses between customers.
	 */
	OLDEST_FIRST

}
