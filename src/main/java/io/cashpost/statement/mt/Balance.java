package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A balance field ({@code :60F:}, {@code :60M:}, {@code :62F:}, {@code :62M:}):
 * {@code (C|D)YYMMDDCCCamount}.
 *
 * @param date the balance date
 * @param currency the account currency, or {@code null} when the bank left it out (only a
 * closing balance may: the opening balance's currency is the statement's)
 * @param amount signed: negative for a debit (overdrawn) balance
 */
record Balance(LocalDate date, Currency currency, BigDecimal amount) {

	static Balance parse(String value) {
		String text = value.strip();
		int newline = text.indexOf('\n');
		if (newline >= 0) {
			text = text.substring(0, newline).strip();
		}
		if (text.isEmpty() || (text.charAt(0) != 'C' && text.charAt(0) != 'D')) {
			throw new MtFieldException(
					"balance must start with C or D, found '" + SwiftSyntax.snippet(text, 0, 12) + "'");
		}
		LocalDate date = SwiftSyntax.date(text, 1);
		String code = SwiftSyntax.snippet(text, 7, 3);
		boolean noCurrency = SwiftSyntax.amountLength(text, 7) == text.length() - 7 && text.length() > 7;
		if (noCurrency) {
			BigDecimal amount = SwiftSyntax.amount(text.substring(7));
			return new Balance(date, null, (text.charAt(0) == 'D') ? amount.negate() : amount);
		}
		if (code.length() < 3 || !Character.isLetter(code.charAt(0)) || !Character.isLetter(code.charAt(1))
				|| !Character.isLetter(code.charAt(2))) {
			throw new MtFieldException("balance has no currency after its date: '" + text + "'");
		}
		Currency currency = SwiftSyntax.currency(code);
		BigDecimal amount = SwiftSyntax.scaled(SwiftSyntax.amount(text.substring(10)), currency);
		return new Balance(date, currency, (text.charAt(0) == 'D') ? amount.negate() : amount);
	}

	/** This balance in the statement's currency, for a balance sent without one. */
	Balance in(Currency statementCurrency) {
		return new Balance(this.date, statementCurrency, SwiftSyntax.scaled(this.amount, statementCurrency));
	}

}
