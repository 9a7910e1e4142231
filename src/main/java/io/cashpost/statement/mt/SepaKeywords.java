package io.cashpost.statement.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The SEPA keywords German banks put in the remittance subfields of field 86
 * ({@code EREF+}, {@code MREF+}, {@code SVWZ+}, ...). A subfield holds 27 characters: a
 * full one continues in the next without a break (even mid-word or mid-keyword), a
 * shorter one ended at a word. An identifier (end-to-end id, mandate) therefore ends at
 * the end of a subfield that is not full, while the remittance text ({@code SVWZ+}) runs
 * up to the next keyword.
 */
final class SepaKeywords {

	static final int SUBFIELD_LENGTH = 27;

	private static final List<String> KEYWORDS = List.of("EREF", "KREF", "MREF", "CRED", "DEBT", "SVWZ", "ABWA", "ABWE",
			"IBAN", "BIC", "COAM", "OAMT", "PURP", "SQTP");

	private static final Set<String> TEXT_KEYWORDS = Set.of("SVWZ", "ABWA", "ABWE");

	private SepaKeywords() {
	}

	/** A remittance subfield: its number and text. */
	record Piece(int code, String text) {

		boolean isFull() {
			return this.text.length() >= SUBFIELD_LENGTH;
		}

	}

	/** Joins two subfields of one text (such as the name in ?32 and ?33). */
	static String joinPieces(String first, String second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return first + ((first.length() >= SUBFIELD_LENGTH) ? "" : " ") + second;
	}

	/** Reads the pieces' keywords and remittance text into the builder. */
	static void read(List<Piece> pieces, OwnerInformation.Builder builder) {
		StringBuilder combined = new StringBuilder();
		List<Integer> hardBreaks = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		Piece previous = null;
		for (Piece piece : pieces) {
			if (previous != null) {
				boolean soft = previous.isFull() && consecutive(previous.code(), piece.code());
				combined.append(previous.isFull() ? "" : " ");
				if (!soft) {
					hardBreaks.add(combined.length());
				}
			}
			starts.add(combined.length());
			combined.append(piece.text());
			previous = piece;
		}
		hardBreaks.add(combined.length());
		segments(combined.toString(), starts, hardBreaks, builder);
	}

	private static void segments(String text, List<Integer> starts, List<Integer> hardBreaks,
			OwnerInformation.Builder builder) {
		int at = 0;
		while (at < text.length()) {
			String keyword = keywordAt(text, at, starts);
			int valueStart = (keyword != null) ? at + keyword.length() + 1 : at;
			int next = nextKeyword(text, valueStart, starts);
			int end = next;
			if (keyword != null && !TEXT_KEYWORDS.contains(keyword)) {
				end = Math.min(next, firstBreakAfter(hardBreaks, valueStart));
			}
			apply(keyword, text.substring(valueStart, end), builder);
			if (end < next) {
				apply(null, text.substring(end, next), builder);
			}
			at = next;
		}
	}

	private static void apply(String keyword, String value, OwnerInformation.Builder builder) {
		if (keyword == null || keyword.equals("SVWZ")) {
			builder.remittance(value);
			return;
		}
		switch (keyword) {
			case "EREF" -> builder.endToEndId(value);
			case "MREF" -> builder.mandateId(value);
			case "ABWA" -> builder.ultimateDebtorName(value);
			case "IBAN" -> builder.counterpartyAccount(value);
			default -> {
				// creditor id, customer reference, BIC, purpose: not needed to apply cash
			}
		}
	}

	private static String keywordAt(String text, int at, List<Integer> starts) {
		if (at > 0 && text.charAt(at - 1) != ' ' && !starts.contains(at)) {
			return null;
		}
		for (String keyword : KEYWORDS) {
			if (text.startsWith(keyword, at) && text.startsWith("+", at + keyword.length())) {
				return keyword;
			}
		}
		return null;
	}

	private static int nextKeyword(String text, int from, List<Integer> starts) {
		for (int i = Math.max(from, 1); i < text.length(); i++) {
			if (Character.isUpperCase(text.charAt(i)) && keywordAt(text, i, starts) != null) {
				return i;
			}
		}
		return text.length();
	}

	private static int firstBreakAfter(List<Integer> hardBreaks, int position) {
		for (int hardBreak : hardBreaks) {
			if (hardBreak > position) {
				return hardBreak;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static boolean consecutive(int code, int next) {
		return next == code + 1 || (code == 29 && next == 60);
	}

}
