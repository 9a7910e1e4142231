package io.cashpost.statement.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The German (DFÜ-Abkommen / ZKA) structure of field 86: a three-digit business
 * transaction code (GVC), then subfields {@code ?00} booking text, {@code ?10} primanota,
 * {@code ?20}-{@code ?29} and {@code ?60}-{@code ?63} remittance, {@code ?30} bank code
 * or BIC, {@code ?31} account or IBAN, {@code ?32}/{@code ?33} name, {@code ?34} return
 * reason, {@code ?38} IBAN (Polish banks). Some banks use another separator than
 * {@code ?} (Triodos: {@code >}).
 */
final class GermanSubfields {

	/** SEPA direct debit returns (108, 109) and credit transfer returns (159). */
	private static final Set<String> RETURN_CODES = Set.of("108", "109", "159");

	private GermanSubfields() {
	}

	/** The information, or {@code null} when the text is not in this structure. */
	static OwnerInformation parse(String text) {
		String trimmed = text.stripLeading();
		if (!isGerman(trimmed)) {
			return null;
		}
		String[] subfields = split(trimmed, trimmed.charAt(3));
		OwnerInformation.Builder builder = new OwnerInformation.Builder();
		builder.counterpartyName(SepaKeywords.joinPieces(subfields[32], subfields[33]));
		builder.counterpartyAccount(account(subfields));
		SepaKeywords.read(remittancePieces(subfields), builder);
		String returnCode = OwnerInformation.Builder.clean(subfields[34]);
		if (returnCode != null && isReturn(trimmed.substring(0, 3), subfields[0])) {
			builder.returnReason(returnCode);
		}
		return builder.build();
	}

	/**
	 * Whether the entry returns a payment: then {@code ?34} holds the return reason as
	 * the DK's three-digit code (e.g. 901 for an invalid IBAN), otherwise other text key
	 * extensions.
	 */
	private static boolean isReturn(String transactionCode, String bookingText) {
		if (RETURN_CODES.contains(transactionCode)) {
			return true;
		}
		String text = (bookingText != null) ? bookingText.toUpperCase(Locale.ROOT) : "";
		return text.contains("RETOURE") || text.contains("RUECK") || text.contains("RÜCK") || text.contains("STORNO");
	}

	private static boolean isGerman(String text) {
		if (text.length() < 6 || !SwiftSyntax.digits(text, 0, 3)) {
			return false;
		}
		char separator = text.charAt(3);
		return !Character.isLetterOrDigit(separator) && separator != ' ' && separator != '/'
				&& SwiftSyntax.digits(text, 4, 2);
	}

	/** Subfield texts by number; a number sent twice is joined. */
	private static String[] split(String text, char separator) {
		String[] subfields = new String[100];
		int at = 3;
		while (at < text.length()) {
			int code = SwiftSyntax.number(text, at + 1, 2);
			int next = nextSubfield(text, separator, at + 3);
			String value = text.substring(at + 3, next);
			subfields[code] = (subfields[code] == null) ? value : subfields[code] + value;
			at = next;
		}
		return subfields;
	}

	private static int nextSubfield(String text, char separator, int from) {
		int at = text.indexOf(separator, from);
		while (at >= 0 && !SwiftSyntax.digits(text, at + 1, 2)) {
			at = text.indexOf(separator, at + 1);
		}
		return (at < 0) ? text.length() : at;
	}

	private static List<SepaKeywords.Piece> remittancePieces(String[] subfields) {
		List<SepaKeywords.Piece> pieces = new ArrayList<>();
		for (int code = 20; code <= 63; code = (code == 29) ? 60 : code + 1) {
			if (subfields[code] != null) {
				pieces.add(new SepaKeywords.Piece(code, subfields[code]));
			}
		}
		return pieces;
	}

	private static String account(String[] subfields) {
		String iban = OwnerInformation.Builder.clean(subfields[38]);
		if (iban != null && Accounts.isIban(iban.replace(" ", ""))) {
			return iban;
		}
		return subfields[31];
	}

}
