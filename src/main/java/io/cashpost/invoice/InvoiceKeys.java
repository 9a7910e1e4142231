package io.cashpost.invoice;

import java.util.Locale;

/**
 * How invoice numbers and references are compared: upper-case letters and digits only, so
 * that {@code inv-2024/0042}, {@code INV 2024 0042} and {@code INV20240042} are the same
 * key.
 */
public final class InvoiceKeys {

	private InvoiceKeys() {
	}

	public static String of(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				key.append(c);
			}
		}
		return key.toString().toUpperCase(Locale.ROOT);
	}

}
