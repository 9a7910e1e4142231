package io.cashpost.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The keys an invoice number written anywhere in remittance text could have. The text is
 * cut into parts at every character that is neither letter nor digit and wherever letters
 * meet digits; every run of up to {@code window} adjacent parts is one key. Looked up in
 * the invoice index, so the cost grows with the text, not with the number of invoices.
 */
final class InvoiceNumberCandidates {

	/** Words that join sibling numbers without ending the run. */
	private static final Set<String> CONNECTORS = Set.of("UND", "AND", "ET", "EN", "Y", "E", "U", "TO", "BIS");

	/** Digit parts of one run considered, at most. */
	private static final int MAX_RUN = 12;

	private InvoiceNumberCandidates() {
	}

	static Set<String> in(String text, int window) {
		Set<String> keys = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return keys;
		}
		List<String> parts = parts(text);
		for (int start = 0; start < parts.size(); start++) {
			StringBuilder joined = new StringBuilder();
			for (int end = start; end < Math.min(parts.size(), start + window); end++) {
				joined.append(parts.get(end));
				String key = joined.toString();
				if (looksLikeANumber(key)) {
					keys.add(key);
				}
			}
		}
		return keys;
	}

	/**
	 * Keys for numbers written as siblings of an earlier one: in
	 * {@code INV-2026-1001, 1002
	 * und 1003} the {@code 1002} stands for {@code INV-2026-1002}. Each digit part takes
	 * the place of an earlier digit part of the same length in the same run (digit parts
	 * and words like {@code und}, {@code and}), after the parts before that one. Some
	 * keys made so mean nothing; they are weak evidence the amount must confirm.
	 */
	static Set<String> siblings(String text, int window) {
		Set<String> keys = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return keys;
		}
		List<String> parts = parts(text);
		List<Integer> run = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			if (!isDigits(part)) {
				if (!CONNECTORS.contains(part)) {
					run.clear();
				}
				continue;
			}
			for (int earlier : run) {
				if (parts.get(earlier).length() == part.length()) {
					StringBuilder prefix = new StringBuilder();
					for (int start = earlier - 1; start >= Math.max(0, earlier - window + 1); start--) {
						prefix.insert(0, parts.get(start));
						keys.add(prefix + part);
					}
				}
			}
			if (run.size() < MAX_RUN) {
				run.add(i);
			}
		}
		return keys;
	}

	private static boolean isDigits(String part) {
		return Character.isDigit(part.charAt(0));
	}

	/** Upper-case runs of letters or of digits, in the order written. */
	static List<String> parts(String text) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		int kind = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int next = Character.isDigit(c) ? 1 : (Character.isLetter(c) ? 2 : 0);
			if (next != kind && part.length() > 0) {
				parts.add(part.toString().toUpperCase(Locale.ROOT));
				part.setLength(0);
			}
			if (next != 0) {
				part.append(c);
			}
			kind = next;
		}
		if (part.length() > 0) {
			parts.add(part.toString().toUpperCase(Locale.ROOT));
		}
		return parts;
	}

	/**
	 * A key without a digit, or too short, is a word of the text, not an invoice number.
	 */
	private static boolean looksLikeANumber(String key) {
		return key.length() >= 3 && key.chars().anyMatch(Character::isDigit);
	}

}
