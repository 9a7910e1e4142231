package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;

/**
 * The SWIFT notations MT940 fields share: amounts with a decimal comma, dates as
 * {@code YYMMDD}, ISO currency codes.
 */
final class SwiftSyntax {

	private SwiftSyntax() {
	}

	/** Length of the amount starting at {@code start}: digits, at most one comma. */
	static int amountLength(String text, int start) {
		int i = start;
		boolean comma = false;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ',' && !comma) {
				comma = true;
			}
			else if (c < '0' || c > '9') {
				break;
			}
			i++;
		}
		return i - start;
	}

	/**
	 * Parses a SWIFT amount such as {@code 1234,56}, {@code 15000,} or {@code 0,5}. A
	 * missing comma is tolerated (Knab sends {@code 500}): the value is still exact.
	 */
	static BigDecimal amount(String text) {
		if (text.isEmpty() || text.equals(",") || amountLength(text, 0) != text.length()) {
			throw new MtFieldException("amount '" + text + "' is not a SWIFT amount (digits with a decimal comma)");
		}
		String decimal = text.replace(',', '.');
		if (decimal.endsWith(".")) {
			decimal = decimal.substring(0, decimal.length() - 1);
		}
		if (decimal.startsWith(".")) {
			decimal = "0" + decimal;
		}
		return new BigDecimal(decimal);
	}

	/** The amount with at least the currency's number of decimals, never rounded. */
	static BigDecimal scaled(BigDecimal amount, Currency currency) {
		int digits = currency.getDefaultFractionDigits();
		return (digits > amount.scale()) ? amount.setScale(digits) : amount;
	}

	static Currency currency(String code) {
		try {
			Currency currency = Currency.getInstance(code);
			if (currency.getDefaultFractionDigits() < 0) {
				throw new MtFieldException("'" + code + "' is not a currency of an account");
			}
			return currency;
		}
		catch (IllegalArgumentException ex) {
			throw new MtFieldException("'" + code + "' is not an ISO 4217 currency code");
		}
	}

	/**
	 * A {@code YYMMDD} date. Years 80-99 are 1980-1999, the rest 2000-2079. A day past
	 * the month's end becomes its last day: German banks date interest with a 30-day
	 * month and write value dates such as 30 February.
	 */
	static LocalDate date(String text, int start) {
		if (!digits(text, start, 6)) {
			throw new MtFieldException("'" + snippet(text, start, 6) + "' is not a date YYMMDD");
		}
		int yy = number(text, start, 2);
		return dayOfMonth((yy >= 80) ? 1900 + yy : 2000 + yy, number(text, start + 2, 2), number(text, start + 4, 2),
				snippet(text, start, 6));
	}

	/**
	 * An entry date {@code MMDD} near the value date: December entries for January value
	 * dates belong to the year before, and the other way round.
	 */
	static LocalDate entryDate(String text, int start, LocalDate valueDate) {
		int month = number(text, start, 2);
		int year = valueDate.getYear();
		if (month - valueDate.getMonthValue() > 6) {
			year--;
		}
		else if (valueDate.getMonthValue() - month > 6) {
			year++;
		}
		return dayOfMonth(year, month, number(text, start + 2, 2), snippet(text, start, 4));
	}

	static boolean digits(String text, int start, int count) {
		if (start + count > text.length()) {
			return false;
		}
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static int number(String text, int start, int count) {
		int n = 0;
		for (int i = start; i < start + count; i++) {
			n = n * 10 + (text.charAt(i) - '0');
		}
		return n;
	}

	static String snippet(String text, int start, int count) {
		return text.substring(Math.min(start, text.length()), Math.min(start + count, text.length()));
	}

	private static LocalDate dayOfMonth(int year, int month, int day, String text) {
		try {
			YearMonth yearMonth = YearMonth.of(year, month);
			if (day < 1 || day > 31) {
				throw new MtFieldException("'" + text + "' has no day " + day);
			}
			return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
		}
		catch (DateTimeException ex) {
			throw new MtFieldException("'" + text + "' has no month " + month);
		}
	}

}
