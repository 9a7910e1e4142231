package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * MT942 field {@code :90D:} or {@code :90C:}: how many debit (credit) entries the report
 * holds and what they add up to, {@code countCCCamount}.
 *
 * @param count number of entries
 * @param currency currency
 * @param sum their sum
 */
record EntryTotals(int count, Currency currency, BigDecimal sum) {

	static EntryTotals parse(String value) {
		String text = value.strip();
		int digits = 0;
		while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
			digits++;
		}
		if (digits == 0 || digits > 5 || text.length() < digits + 4) {
			throw new MtFieldException(
					"totals must be a number of entries, a currency and an amount, found '" + text + "'");
		}
		Currency currency = SwiftSyntax.currency(text.substring(digits, digits + 3));
		return new EntryTotals(Integer.parseInt(text.substring(0, digits)), currency,
				SwiftSyntax.amount(text.substring(digits + 3)));
	}

}
