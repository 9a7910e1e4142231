package io.cashpost.web;

import java.math.BigDecimal;

import io.cashpost.money.Money;

/**
 * Amounts as the API writes them: decimal strings in the currency's own decimals
 * ({@code "1250.00"}, {@code "1500"} for yen), never JSON numbers, and read back exactly.
 */
final class Amounts {

	private Amounts() {
	}

	static String of(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		return Money.of(amount, currency).inCurrencyScale().toPlainString();
	}

	/** Parses a decimal string; {@code null} stays {@code null}. */
	static BigDecimal parse(String amount, String field) {
		if (amount == null || amount.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(amount.strip());
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException(field + " must be a decimal number like 1250.00, not '" + amount + "'");
		}
	}

}
