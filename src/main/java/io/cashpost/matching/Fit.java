package io.cashpost.matching;

import java.util.List;

import io.cashpost.money.Money;

/**
 * How a payment's amount fits the invoices it is applied to.
 *
 * @param kind the kind of fit
 * @param allocations what goes to which invoice
 * @param onAccount what is left over for the customer's credit (zero if none)
 * @param detail the fit in words
 */
record Fit(Kind kind, List<ProposedAllocation> allocations, Money onAccount, String detail) {

	static final String EARLY_PAYMENT_DISCOUNT = "early_payment_discount";

	static final String SHORT_PAYMENT = "short_payment";

	static final String DISCOUNT_EXPIRED = "discount_expired";

	Fit {
		allocations = List.copyOf(allocations);
	}

	/** The kinds of fit, with what each takes off a decision's confidence. */
	enum Kind {

		/** The amount is exactly what is open. */
		FULL(0),
		/**
		 * Exactly what is open less the early-payment discount, paid within its period.
		 */
		DISCOUNT(0.02),
		/** A little less than what is due, within the write-off tolerance. */
		WRITE_OFF(0.05),
		/** Less than due: applied as a partial payment, the invoice stays open. */
		PARTIAL(0.10),
		/** More than due: the invoices are settled, the rest goes on account. */
		OVERPAID(0.10);

		private final double penalty;

		Kind(double penalty) {
			this.penalty = penalty;
		}

		double penalty() {
			return this.penalty;
		}

		/**
		 * Whether the amount itself confirms the invoices (nothing left open or over).
		 */
		boolean confirmsAmount() {
			return this == FULL || this == DISCOUNT || this == WRITE_OFF;
		}

	}

}
