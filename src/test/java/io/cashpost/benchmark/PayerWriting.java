package io.cashpost.benchmark;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How payers write what banks pass on: invoice numbers in every form people type them,
 * the words around them, company names mangled by banks. Each form draws from the random
 * generator it is given, so a seeded generator gives the same text every time.
 */
public final class PayerWriting {

	private static final String[] FILLER = { "Danke", "Vielen Dank", "Payment", "Zahlung", "Betaling", "Paiement",
			"Thank you", "Rechnungsausgleich", "per 20.11.2026", "Kd-Nr. 4471", "Auftrag 88120", "Lieferung KW 45",
			"" };

	private static final String[] BEFORE = { "", "Rechnung ", "Invoice ", "Factuur ", "Facture ", "RE ", "Rg.-Nr. ",
			"Payment of ", "Ausgleich " };

	private static final String[] AFTER = { "", " Danke", " vom 01.11.2026", " Kd-Nr. 4471", " / Auftrag 88120",
			" thank you" };

	private PayerWriting() {
	}

	/**
	 * A number like {@code INV-2026-000123} as people write it in full: any case, with
	 * spaces, dashes or neither.
	 */
	public static String exactForm(String number, RandomGenerator random) {
		String digits = number.substring(4);
		return switch (random.nextInt(6)) {
			case 0 -> number;
			case 1 -> number.toLowerCase(Locale.ROOT);
			case 2 -> number.replace("-", " ");
			case 3 -> number.replace("-", "");
			case 4 -> "INV " + digits.replace("-", "/");
			default -> "Inv." + number.substring(3).replace("-", " ");
		};
	}

	/** The number with its prefix or its leading zeros, or both, left out. */
	public static String shortenedForm(String number, RandomGenerator random) {
		String year = number.substring(4, 8);
		String serial = number.substring(9);
		String withoutZeros = serial.replaceFirst("^0+(?=.)", "");
		return switch (random.nextInt(4)) {
			case 0 -> year + "-" + serial;
			case 1 -> "INV-" + year + "-" + withoutZeros;
			case 2 -> year + "/" + withoutZeros;
			default -> "Re " + year + " " + serial;
		};
	}

	/** A reference with the words people put around it. */
	public static String inText(String reference, RandomGenerator random) {
		return BEFORE[random.nextInt(BEFORE.length)] + reference + AFTER[random.nextInt(AFTER.length)];
	}

	/** Remittance text that names nothing, or {@code null}. */
	public static String filler(RandomGenerator random) {
		String text = FILLER[random.nextInt(FILLER.length)];
		return text.isEmpty() ? null : text;
	}

	/**
	 * A name as banks pass it on: upper case, umlauts spelt out, punctuation and forms
	 * dropped, cut at 27 characters, a letter slip.
	 */
	public static String noisyName(String name, RandomGenerator random) {
		String noisy = name;
		if (random.nextBoolean()) {
			noisy = noisy.toUpperCase(Locale.ROOT);
		}
		if (random.nextBoolean()) {
			noisy = noisy.replace("ü", "ue")
				.replace("ö", "oe")
				.replace("ä", "ae")
				.replace("Ü", "UE")
				.replace("Ö", "OE")
				.replace("Ä", "AE")
				.replace("é", "e")
				.replace("è", "e")
				.replace("É", "E");
		}
		if (random.nextBoolean()) {
			noisy = noisy.replace(".", "").replace(" & Co KG", "").replace(",", "");
		}
		if (random.nextInt(4) == 0 && noisy.length() > 27) {
			noisy = noisy.substring(0, 27);
		}
		if (random.nextInt(5) == 0) {
			noisy = slip(noisy, random);
		}
		return noisy;
	}

	/** A creditor reference in blocks of four, as printed on paper, half the time. */
	public static String spaced(String reference, RandomGenerator random) {
		if (reference == null || random.nextBoolean()) {
			return reference;
		}
		return reference.replaceAll("(.{4})(?!$)", "$1 ");
	}

	/** Two neighbouring letters swapped inside the longest word, as typists do. */
	private static String slip(String name, RandomGenerator random) {
		String longest = "";
		for (String word : name.split(" ")) {
			longest = (word.length() > longest.length()) ? word : longest;
		}
		if (longest.length() < 7) {
			return name;
		}
		int at = 2 + random.nextInt(longest.length() - 4);
		char[] chars = longest.toCharArray();
		char swap = chars[at];
		chars[at] = chars[at + 1];
		chars[at + 1] = swap;
		return name.replace(longest, new String(chars));
	}

}
