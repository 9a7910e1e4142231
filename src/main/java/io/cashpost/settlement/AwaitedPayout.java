package io.cashpost.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cashpost.money.Money;

/**
 * A batch whose payout is expected on the bank.
 *
 * @param batchId the batch
 * @param acquirer who pays it
 * @param batchRef the acquirer's id of the batch
 * @param currency the payout's currency
 * @param amount what it pays out
 * @param reference the reference the bank line should carry, or {@code null}
 * @param payoutDate when the acquirer pays it out, or {@code null}
 * @param payoutTransactionId the expectation a missing-payout exception hangs on, or
 * {@code null}
 */
public record AwaitedPayout(long batchId, String acquirer, String batchRef, String currency, BigDecimal amount,
		String reference, LocalDate payoutDate, Long payoutTransactionId) {

	/** Adyen's payout reference: {@code TX…XT}, the part a bank line carries. */
	private static final Pattern ADYEN = Pattern.compile("TX\\w+?XT");

	/** A reference shorter than this could turn up in any text by chance. */
	private static final int SHORTEST_REFERENCE = 6;

	/**
	 * Whether the bank line's text carries this payout's reference (Adyen's
	 * {@code TX…XT}, else the whole reference), ignoring case, spaces and punctuation.
	 */
	boolean isNamedIn(String bankText) {
		String token = token();
		return token != null && normalised(bankText).contains(token);
	}

	/** How a person names it: {@code adyen batch 412 (EUR 11539.38)}. */
	String describe() {
		return this.acquirer + " batch " + this.batchRef + " (" + this.currency + " "
				+ Money.of(this.amount, this.currency).inCurrencyScale().toPlainString()
				+ ((this.reference != null) ? ", " + this.reference : "") + ")";
	}

	private String token() {
		if (this.reference == null) {
			return null;
		}
		Matcher adyen = ADYEN.matcher(this.reference);
		String token = normalised(adyen.find() ? adyen.group() : this.reference);
		return (token.length() >= SHORTEST_REFERENCE) ? token : null;
	}

	static String normalised(String text) {
		return (text != null) ? text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") : "";
	}

}
