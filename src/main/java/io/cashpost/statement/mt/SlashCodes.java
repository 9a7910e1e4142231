package io.cashpost.statement.mt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cashpost.money.Money;

/**
 * Field 86 as Dutch banks (Rabobank, ING, ABN AMRO) and many others structure it: codes
 * between slashes, each followed by its value, such as
 * {@code /EREF/123//CNTP/NL32INGB0000012345/INGBNL2A/J. Janssen///REMI/USTD//Invoice 42/}.
 * A value runs up to the next known code, so a slash inside a name or a date is kept.
 */
final class SlashCodes {

	private static final Set<String> CODES = Set.of("EREF", "PREF", "KREF", "IREF", "MARF", "CSID", "CNTP", "REMI",
			"ORDP", "BENM", "NAME", "ADDR", "ID", "IBAN", "BIC", "RTRN", "TRTP", "ISDT", "SUM", "PURP", "ULTD", "ULTC",
			"ULTB", "UDTR", "UCRD", "OCMT", "CHGS", "EXCH", "TRCD", "BUSP", "SVCL", "CDTRREFTP", "CDTRREF", "CD",
			"ISSR", "ACCW", "RTYP", "COAM", "SEPA");

	private SlashCodes() {
	}

	/** A code and where its value lies in the text. */
	private record Code(String name, int valueStart, int end) {

	}

	/**
	 * The information, or {@code null} when the text does not start with a known code.
	 */
	static OwnerInformation parse(String text) {
		String trimmed = text.strip();
		List<Code> codes = codes(trimmed);
		if (codes.isEmpty() || codes.get(0).valueStart() != codes.get(0).name().length() + 2) {
			return null;
		}
		OwnerInformation.Builder builder = new OwnerInformation.Builder();
		for (Code code : codes) {
			apply(code.name(), stripSlashes(trimmed.substring(code.valueStart(), code.end())), builder);
		}
		amounts(trimmed, builder);
		return builder.build();
	}

	/**
	 * Reads {@code /OCMT/EUR12,50/} (original amount), {@code /CHGS/EUR0,50/} (charges)
	 * and {@code /EXCH/1,0850/} (exchange rate), wherever they stand.
	 */
	static void amounts(String text, OwnerInformation.Builder builder) {
		Money original = money(valueAfter(text, "/OCMT/"));
		builder.instructedAmount(original);
		builder.charges(money(valueAfter(text, "/CHGS/")));
		String rate = valueAfter(text, "/EXCH/");
		if (rate != null && SwiftSyntax.amountLength(rate, 0) == rate.length() && !rate.isEmpty()) {
			builder.exchangeRate(SwiftSyntax.amount(rate));
		}
	}

	private static List<Code> codes(String text) {
		List<int[]> found = new ArrayList<>();
		List<String> names = new ArrayList<>();
		int at = text.indexOf('/');
		while (at >= 0) {
			int end = at + 1;
			while (end < text.length() && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
				end++;
			}
			int length = end - at - 1;
			if (length >= 2 && length <= 9 && end < text.length() && text.charAt(end) == '/'
					&& CODES.contains(text.substring(at + 1, end))) {
				found.add(new int[] { at, end + 1 });
				names.add(text.substring(at + 1, end));
				at = end;
			}
			else {
				at = text.indexOf('/', at + 1);
			}
		}
		List<Code> codes = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			int end = (i + 1 < found.size()) ? found.get(i + 1)[0] : text.length();
			codes.add(new Code(names.get(i), found.get(i)[1], Math.max(end, found.get(i)[1])));
		}
		return codes;
	}

	private static void apply(String code, String value, OwnerInformation.Builder builder) {
		switch (code) {
			case "EREF" -> builder.endToEndId(value);
			case "MARF" -> builder.mandateId(value);
			case "RTRN" -> builder.returnReason(part(value, 0));
			case "NAME" -> builder.counterpartyName(value);
			case "IBAN" -> builder.counterpartyAccount(value);
			case "CNTP" -> {
				builder.counterpartyAccount(part(value, 0));
				builder.counterpartyName(part(value, 2));
			}
			case "ULTD" -> builder.ultimateDebtorName(part(value, 0));
			case "REMI" -> remittance(value, builder);
			case "CDTRREF" -> builder.creditorReference(value);
			default -> {
				// transaction type, dates, addresses, ids and sums: not needed to apply
				// cash
			}
		}
	}

	/** {@code USTD//text}, {@code STRD/CUR/reference}, or plain text. */
	private static void remittance(String value, OwnerInformation.Builder builder) {
		if (value.startsWith("USTD/")) {
			int start = value.startsWith("/", 5) ? 6 : 5;
			builder.remittance(value.substring(start));
		}
		else if (value.startsWith("STRD/")) {
			String structured = value.substring(5);
			int slash = structured.indexOf('/');
			builder.creditorReference((slash >= 0) ? structured.substring(slash + 1) : structured);
		}
		else {
			builder.remittance(value);
		}
	}

	private static String part(String value, int index) {
		String[] parts = value.split("/", -1);
		return (index < parts.length) ? parts[index] : null;
	}

	private static String stripSlashes(String value) {
		int end = value.length();
		while (end > 0 && value.charAt(end - 1) == '/') {
			end--;
		}
		return value.substring(0, end);
	}

	private static String valueAfter(String text, String code) {
		int at = text.indexOf(code);
		if (at < 0) {
			return null;
		}
		int start = at + code.length();
		int end = text.indexOf('/', start);
		return text.substring(start, (end < 0) ? text.length() : end).strip();
	}

	private static Money money(String value) {
		if (value == null || value.length() < 4 || !Character.isLetter(value.charAt(0))) {
			return null;
		}
		String amount = value.substring(3);
		if (amount.isEmpty() || SwiftSyntax.amountLength(amount, 0) != amount.length()) {
			return null;
		}
		try {
			return new Money(SwiftSyntax.amount(amount), SwiftSyntax.currency(value.substring(0, 3)));
		}
		catch (MtFieldException ex) {
			return null;
		}
	}

}
