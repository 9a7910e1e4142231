package io.cashpost.statement.mt;

import com.prowidesoftware.swift.model.IBAN;
import com.prowidesoftware.swift.model.IbanValidationResult;

/** Recognises IBANs, through Prowide's per-country IBAN rules and check digits. */
final class Accounts {

	private Accounts() {
	}

	static boolean isIban(String text) {
		if (text == null || text.length() < 15 || text.length() > 34 || !Character.isUpperCase(text.charAt(0))
				|| !Character.isUpperCase(text.charAt(1)) || !Character.isDigit(text.charAt(2))) {
			return false;
		}
		return IBAN.validate(text) == IbanValidationResult.OK;
	}

	/**
	 * The account of field 25 as the bank's customer knows it: without the currency some
	 * banks append, and without the BIC some put before the IBAN
	 * ({@code COBADEFFXXX/DE89370400440532013000}). A German {@code BLZ/account} stays.
	 */
	static String normalised(String account, String currency) {
		String plain = withoutCurrency(account, currency);
		int slash = plain.indexOf('/');
		if (slash == 8 || slash == 11) {
			String iban = plain.substring(slash + 1);
			if (plain.substring(0, slash).chars().allMatch(Character::isLetterOrDigit) && isIban(iban)) {
				return iban;
			}
		}
		return plain;
	}

	/**
	 * The account of field 25 without the currency some banks append
	 * ({@code NL77INGB0574908765EUR}, {@code NL34RABO0142623393 EUR},
	 * {@code 51210600/9223382012EUR}).
	 */
	static String withoutCurrency(String account, String currency) {
		String trimmed = account.strip();
		if (currency == null || !trimmed.endsWith(currency) || trimmed.length() <= currency.length()) {
			return trimmed;
		}
		String rest = trimmed.substring(0, trimmed.length() - currency.length());
		char last = rest.charAt(rest.length() - 1);
		if (last == ' ' || last == '/' || Character.isDigit(last)) {
			return rest.replaceAll("[ /]+$", "");
		}
		return trimmed;
	}

}
