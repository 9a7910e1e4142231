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
		if (reference.length() < 5 || reference.length() > MAX_LENGTH || !reference.startsWith("RF")) {
			return false;
		}
		int remainder = 0;
		for (int i = 4; i < reference.length(); i++) {
			remainder = append(remainder, reference.charAt(i));
			if (remainder < 0) {
				return false;
			}
		}
		return checks(remainder, reference.charAt(2), reference.charAt(3));
	}

	/**
	 * The mod-97 remainder with one more character (a digit, or a letter as 10-35), or -1
	 * for a character a reference cannot hold.
	 */
	private static int append(int remainder, char c) {
		if (c >= '0' && c <= '9') {
			return (remainder * 10 + (c - '0')) % 97;
		}
		if (c >= 'A' && c <= 'Z') {
			return (remainder * 100 + (c - 'A' + 10)) % 97;
		}
		return -1;
	}

	/**
	 * Whether the remainder of the reference's body, followed by RF and the check digits,
	 * is 1.
	 */
	private static boolean checks(int bodyRemainder, char first, char second) {
		if (first < '0' || first > '9' || second < '0' || second > '9') {
			return false;
		}
		int remainder = append(append(append(append(bodyRemainder, 'R'), 'F'), first), second);
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
		int remainder = 0;
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
			if (compact.length() > 4) {
				remainder = append(remainder, c);
				if (remainder < 0) {
					break;
				}
			}
			boolean boundary = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
			if (boundary && compact.length() > 4 && checks(remainder, compact.charAt(2), compact.charAt(3))) {
				best = compact.toString();
			}
		}
		return best;
	}

}
