package io.cashpost.cli;

import java.math.BigDecimal;

import io.cashpost.money.Money;

/**
 * Shows amounts the way a treasury engineer reads them: in the currency's own decimals.
 */
final class Amounts {

	private Amounts() {
	}

	/**
	 * {@code 1250.0000 EUR} is shown as {@code 1250.00}, {@code 1500.0000 JPY} as
	 * {@code 1500}; a value with more digits than the currency has (a rate, a fraction of
	 * a cent) keeps them all.
	 */
	static BigDecimal inCurrencyScale(BigDecimal amount, String currencyCode) {
		if (amount == null || currencyCode == null) {
			return amount;
		}
		return Money.of(amount, currencyCode.trim()).inCurrencyScale();
	}

	/** A ratio such as a confidence, without trailing zeros. */
	static BigDecimal ratio(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
