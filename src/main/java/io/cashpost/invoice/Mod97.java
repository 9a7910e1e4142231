package io.cashpost.invoice;

/**
 * The ISO 7064 MOD 97-10 check that IBANs and ISO 11649 creditor references share: move
 * the first four characters to the end, read letters as 10 to 35, and the number must
 * leave 1 when divided by 97.
 */
final class Mod97 {

	private Mod97() {
	}

	/**
	 * Whether the text (upper-case letters and digits, at least five characters) passes.
	 */
	static boolean isValid(String text) {
		if (text.length() < 5) {
			return false;
		}
		String rearranged = text.substring(4) + text.substring(0, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			int value = Character.digit(rearranged.charAt(i), 36);
			if (value < 0) {
				return false;
			}
			remainder = (value < 10) ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
		}
		return remainder == 1;
	}

}
