package io.cashpost.statement.mt;

import java.util.List;

/**
 * ISO 11649 structured creditor references ({@code RF18 5390 0754 7034}): found in
 * remittance text only when their check digits hold, so that a word starting with "RF"
 * never passes for one.
 */
final class CreditorReference {

	private static final int MAX_LENGTH = 25;

	private CreditorReference() {
	}

	/** The first valid RF reference in the lines, compact (without spaces), or null. */
	static String find(List<String> lines) {
		for (String line : lines) {
			String found = find(line);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	static String find(String text) {
		int from = 0;
		while (true) {
			int at = text.indexOf("RF", from);
			if (at < 0) {
				return null;
			}
			if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
				String reference = candidate(text, at);
				if (reference != null) {
					return reference;
				}
			}
			from = at + 2;
		}
	}

	/** Whether the reference, without spaces, has valid ISO 11649 check digits. */
	static boolean isValid(String reference) {
		if (reference.length() < 5 || reference.length() > MAX_LENGTH || !reference.startsWith("RF")
				|| !Character.isDigit(reference.charAt(2)) || !Character.isDigit(reference.charAt(3))) {
			return false;
		}
		String rearranged = reference.substring(4) + reference.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			char c = rearranged.charAt(i);
			int digit = Character.digit(c, 36);
			if (digit < 0 || (Character.isLetter(c) && !Character.isUpperCase(c))) {
				return false;
			}
			remainder = (digit < 10) ? (remainder * 10 + digit) % 97 : (remainder * 100 + digit) % 97;
		}
		return remainder == 1;
	}

	/**
	 * The longest valid reference starting at {@code at}: written compact or in groups of
	 * four separated by single spaces.
	 */
	private static String candidate(String text, int at) {
		StringBuilder compact = new StringBuilder();
		String best = null;
		boolean spaced = false;
		int group = 0;
		for (int i = at; i < text.length() && compact.length() < MAX_LENGTH; i++) {
			char c = text.charAt(i);
			if (c == ' ' && compact.length() % 4 == 0 && i + 1 < text.length()
					&& Character.isLetterOrDigit(text.charAt(i + 1))) {
				spaced = true;
				group = 0;
				continue;
			}
			if (!Character.isLetterOrDigit(c) || (spaced && ++group > 4)) {
				break;
			}
			compact.append(c);
			boolean boundary = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
			if (boundary && isValid(compact.toString())) {
				best = compact.toString();
			}
		}
		return best;
	}

}
