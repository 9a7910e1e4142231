package io.cashpost.statement.camt;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ISO 11649 structured creditor references ({@code RF} + two check digits + up to 21
 * letters or digits), checked the way IBANs are: a typo in a reference must not match an
 * invoice with certainty.
 */
final class CreditorReference {

	private static final Pattern RF = Pattern.compile("RF\\d{2}[A-Z0-9]{1,21}");

	private static final Pattern LOOKS_LIKE_RF = Pattern.compile("(?i)RF\\d{2}.*");

	private CreditorReference() {
	}

	/** The reference in electronic form: no spaces, upper case. */
	static String compact(String reference) {
		return reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/**
	 * Whether the text claims to be an ISO 11649 reference ({@code RF} and two digits).
	 */
	static boolean claimsIso11649(String reference) {
		return LOOKS_LIKE_RF.matcher(compact(reference)).matches();
	}

	/**
	 * Whether the reference is a well-formed ISO 11649 reference with correct check
	 * digits.
	 */
	static boolean isValidIso11649(String reference) {
		String compact = compact(reference);
		if (!RF.matcher(compact).matches()) {
			return false;
		}
		String rearranged = compact.substring(4) + compact.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			int value = Character.digit(rearranged.charAt(i), 36);
			remainder = (value < 10) ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
		}
		return remainder == 1;
	}

}
