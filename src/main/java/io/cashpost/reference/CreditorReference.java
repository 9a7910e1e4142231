package io.cashpost.reference;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor references ({@code RF18 5390 0754 7034}: {@code RF}, two
 * check digits, up to 21 letters or digits). Checked the way IBANs are, so that a typo in
 * a reference, or a word that merely starts with "RF", never matches an invoice with
 * certainty.
 */
public final class CreditorReference {

	private static final int MAX_LENGTH = 25;

	private static final Pattern RF = Pattern.compile("RF\\d{2}[A-Z0-9]{1,21}");

	private static final Pattern LOOKS_LIKE_RF = Pattern.compile("(?i)RF\\d{2}.*");

	private CreditorReference() {
	}

	/** The reference in electronic form: no spaces, upper case. */
	public static String compact(String reference) {
		return reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether the text claims to be an ISO 11649 reference ({@code RF} and two digits).
	 */
	public static boolean claimsIso11649(String reference) {
		return LOOKS_LIKE_RF.matcher(compact(reference)).matches();
	}

	/**
	 * Whether the reference, written compact or in groups, is well formed with correct
	 * check digits.
	 */
	public static boolean isValid(String reference) {
		String compact = compact(reference);
		return RF.matcher(compact).matches() && Mod97.isValid(compact);
	}

	/** The first valid reference in the lines, compact, or {@code null}. */
	public static String find(List<String> lines) {
		for (String line : lines) {
			String found = find(line);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The first valid reference in the text, compact, or {@code null}. */
	public static String find(String text) {
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
			if (boundary && compact.length() > 4 && isValid(compact.toString())) {
				best = compact.toString();
			}
		}
		return best;
	}

}
