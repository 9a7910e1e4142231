package io.cashpost.matching;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.cashpost.invoice.InvoiceKeys;

/**
 * The keys an invoice number written anywhere in remittance text could have: every run of
 * up to {@code window} adjacent words, reduced to letters and digits. Looked up in the
 * invoice index, so the cost grows with the text, not with the number of invoices.
 */
final class InvoiceNumberCandidates {

	private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;:()\\[\\]]+");

	private InvoiceNumberCandidates() {
	}

	static Set<String> in(String text, int window) {
		Set<String> keys = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return keys;
		}
		String[] words = WORD_SEPARATORS.split(text.strip());
		for (int start = 0; start < words.length; start++) {
			StringBuilder joined = new StringBuilder();
			for (int end = start; end < Math.min(words.length, start + window); end++) {
				joined.append(words[end]);
				String key = InvoiceKeys.of(joined.toString());
				if (looksLikeANumber(key)) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	/**
	 * A key without a digit, or too short, is a word of the text, not an invoice number.
	 */
	private static boolean looksLikeANumber(String key) {
		return key.length() >= 3 && key.chars().anyMatch(Character::isDigit);
	}

}
