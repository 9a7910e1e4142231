package io.cashpost.invoice;

import java.util.Locale;

/**
 * How payer accounts are stored and looked up: upper case, without spaces, so that
 * {@code de89 3704 0044 0532 0130 00} finds {@code DE89370400440532013000}.
 */
public final class AccountNumbers {

	private AccountNumbers() {
	}

	public static String normalised(String account) {
		StringBuilder compact = new StringBuilder(account.length());
		account.codePoints()
			.filter((c) -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
			.forEach(compact::appendCodePoint);
		return compact.toString().toUpperCase(Locale.ROOT);
	}

}
