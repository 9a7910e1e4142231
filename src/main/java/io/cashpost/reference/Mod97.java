package io.cashpost.reference;

/**
 * The ISO 7064 MOD 97-10 check that IBANs and ISO 11649 creditor references share: move
 * the first four characters to the end, read letters as 10 to 35, and the number must
 * leave 1 when divided by 97.
 */
public final class Mod97 {

	private Mod97() {
	}

	/**
	 * Whether the text (upper-case letters and digits, at least five characters) passes.
	 */
	public static boolean isValid(String text) {
		if (text == null || text.length() < 5) {
			return false;
		}
		int remainder = 0;
		for (int i = 0; i < text.length(); i++) {
			remainder = append(remainder, text.charAt((i + 4) % text.length()));
			if (remainder < 0) {
				return false;
			}
		}
		return remainder == 1;
	}

	/**
	 * The remainder with one more character (a digit, or an upper-case letter as 10 to
	 * 35), or -1 for a character the check does not know.
	 */
	static int append(int remainder, char c) {
		if (c >= '0' && c <= '9') {
			return (remainder * 10 + (c - '0')) % 97;
		}
		if (c >= 'A' && c <= 'Z') {
			return (remainder * 100 + (c - 'A' + 10)) % 97;
		}
		return -1;
	}

}
