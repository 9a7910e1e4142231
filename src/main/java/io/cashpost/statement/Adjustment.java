package io.cashpost.statement;

import io.cashpost.money.Money;

/**
 * An adjustment a payer made to what a document asks ({@code AdjstmntAmtAndRsn}): most
 * often a deduction (damaged goods, a pricing dispute, freight, a promotion) that makes
 * the remitted amount smaller than the amount due.
 *
 * @param amount the adjustment, unsigned, as sent ({@code Amt})
 * @param direction whether it decreases or increases what is paid ({@code CdtDbtInd}), or
 * {@code null} when the payer did not say
 * @param reasonCode the payer's reason code ({@code Rsn}, at most four characters, e.g. a
 * code agreed with the customer), or {@code null}
 * @param text the payer's explanation ({@code AddtlInf}), or {@code null}
 */
public record Adjustment(Money amount, Direction direction, String reasonCode, String text) {

	/**
	 * Which way an adjustment goes, as ISO 20022 defines {@code CdtDbtInd} for it: a
	 * debit is a decrease of the total amount, a credit an increase.
	 */
	public enum Direction {

		/** {@code DBIT}: the payer deducts the amount: a short payment with a reason. */
		DECREASE,
		/** {@code CRDT}: the payer adds the amount (e.g. late-payment interest). */
		INCREASE;

		/**
		 * The direction of a {@code CdtDbtInd} code; {@code null} for none.
		 * @throws IllegalArgumentException for any other code
		 */
		public static Direction of(String creditDebit) {
			if (creditDebit == null) {
				return null;
			}
			return switch (creditDebit) {
				case "DBIT" -> DECREASE;
				case "CRDT" -> INCREASE;
				default -> throw new IllegalArgumentException(
						"adjustment credit/debit indicator (CdtDbtInd) must be CRDT or DBIT, found '" + creditDebit
								+ "'");
			};
		}

	}

}
