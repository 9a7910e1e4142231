package io.cashpost.benchmark;

/**
 * Identifiers with valid check digits for generated test data: ISO 11649 creditor
 * references and German IBANs (both ISO 7064 mod 97-10).
 */
public final class BankIdentifiers {

	private BankIdentifiers() {
	}

	/**
	 * An ISO 11649 creditor reference for an invoice serial: {@code RF}, two check
	 * digits, {@code 2026} and the serial (at least six digits).
	 */
	public static String creditorReference(int serial) {
		String body = "2026" + digits(serial, 6);
		return "RF" + checkDigits(body + "RF") + body;
	}

	/** A German IBAN for an 18-digit basic bank account number (bank code + account). */
	public static String germanIban(String bban) {
		return "DE" + checkDigits(bban + "DE") + bban;
	}

	/**
	 * The two mod-97 check digits for a body followed by its country code or {@code RF}.
	 */
	private static String checkDigits(String bodyAndCountry) {
		int remainder = 0;
		for (int i = 0; i < bodyAndCountry.length(); i++) {
			char c = bodyAndCountry.charAt(i);
			// a letter counts as two digits: A = 10 ... Z = 35
			remainder = Character.isLetter(c) ? (remainder * 100 + c - 'A' + 10) % 97 : (remainder * 10 + c - '0') % 97;
		}
		int check = 98 - (remainder * 100) % 97;
		return digits(check, 2);
	}

	/** The number with leading zeros to at least {@code width} digits. */
	public static String digits(long number, int width) {
		String digits = Long.toString(number);
		return (digits.length() >= width) ? digits : "0".repeat(width - digits.length()) + digits;
	}

}
