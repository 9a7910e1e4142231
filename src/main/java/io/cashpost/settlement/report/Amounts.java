package io.cashpost.settlement.report;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as settlement reports write them, read exactly: never through {@code double}. A
 * decimal point (or comma) with any number of decimals, an optional sign, thousands
 * separators only where they cannot be mistaken for the decimal separator.
 */
public final class Amounts {

	private static final Pattern POINT = Pattern.compile("[-+]?(\\d+|\\d{1,3}(,\\d{3})+)?(\\.\\d+)?");

	private static final Pattern COMMA = Pattern.compile("[-+]?(\\d+|\\d{1,3}(\\.\\d{3})+)?(,\\d+)?");

	private Amounts() {
	}

	/**
	 * The amount, or {@code null} when the text is empty.
	 * @param decimalComma whether the decimal separator is a comma ({@code 1.234,56})
	 * @throws NumberFormatException when the text is not an amount
	 */
	public static BigDecimal parse(String text, boolean decimalComma) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		Pattern pattern = decimalComma ? COMMA : POINT;
		if (!pattern.matcher(value).matches() || value.equals("-") || value.equals("+")) {
			throw new NumberFormatException("'" + text + "' is not an amount");
		}
		String plain = decimalComma ? value.replace(".", "").replace(',', '.') : value.replace(",", "");
		if (plain.startsWith("+")) {
			plain = plain.substring(1);
		}
		// BigDecimal reads ".11" and "-.11" as they are.
		return new BigDecimal(plain);
	}

	/** Zero where the value is {@code null}. */
	public static BigDecimal orZero(BigDecimal amount) {
		return (amount != null) ? amount : BigDecimal.ZERO;
	}

}
