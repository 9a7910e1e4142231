package io.cashpost.matching;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How payers shorten an invoice number: {@code INV-2026-0042} written as
 * {@code 2026-0042} (prefix dropped), {@code INV-2026-42} (leading zeros dropped) or
 * {@code 2026-42} (both). Each variant is indexed beside the full key; a variant is
 * weaker evidence than the full number, so the amount must confirm it.
 */
final class InvoiceNumberVariants {

	/** Shorter variants hit numbers that mean something else (years, quantities). */
	static final int MIN_LENGTH = 5;

	private InvoiceNumberVariants() {
	}

	/** The variants of the number, without its full key. */
	static Set<String> of(String number) {
		List<String> parts = InvoiceNumberCandidates.parts(number);
		int prefix = 0;
		while (prefix < parts.size() - 1 && Character.isLetter(parts.get(prefix).charAt(0))) {
			prefix++;
		}
		String full = String.join("", parts);
		Set<String> variants = new LinkedHashSet<>();
		add(variants, join(parts, 0, true), full);
		add(variants, join(parts, prefix, false), full);
		add(variants, join(parts, prefix, true), full);
		return variants;
	}

	private static String join(List<String> parts, int from, boolean withoutLeadingZeros) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < parts.size(); i++) {
			String part = parts.get(i);
			joined.append(withoutLeadingZeros ? withoutLeadingZeros(part) : part);
		}
		return joined.toString();
	}

	private static String withoutLeadingZeros(String part) {
		int start = 0;
		while (start < part.length() - 1 && part.charAt(start) == '0') {
			start++;
		}
		return part.substring(start);
	}

	private static void add(Set<String> variants, String variant, String full) {
		if (!variant.equals(full) && variant.length() >= MIN_LENGTH && variant.chars().anyMatch(Character::isDigit)) {
			variants.add(variant);
		}
	}

}
