package io.cashpost.statement.bai2;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cashpost.statement.RemittanceInfo;

/**
 * What the free text of a detail record tells about the payment, read conservatively: an
 * ISO 11649 creditor reference whose check digits hold; the payer's name and account
 * where the text labels them the way US banks do (ACH {@code ORIG CO NAME:}, wire
 * {@code B/O:}, {@code ORG=}, {@code ORIGINATOR:}, or one {@code DBNM:}/{@code DACT:}
 * label per continuation record); the end-to-end reference ({@code EREF:}); and the ACH
 * return reason of a return ({@code REASON: R01}). The text itself stays as sent.
 *
 * @param remittance the text lines and the creditor reference
 * @param debtorName the payer's name, or {@code null}
 * @param debtorAccount the payer's account, or {@code null}
 * @param endToEndId the end-to-end reference, or {@code null}
 * @param returnReason the return reason code, or {@code null}
 */
record DetailText(RemittanceInfo remittance, String debtorName, String debtorAccount, String endToEndId,
		String returnReason) {

	private static final DetailText NONE = new DetailText(RemittanceInfo.NONE, null, null, null, null);

	private static final Pattern CREDITOR_REFERENCE = Pattern
		.compile("(?<![A-Z0-9])RF\\d{2}[A-Z0-9]{1,21}(?![A-Z0-9])");

	/** One label per line, as some banks write their continuation records. */
	private static final Pattern LABELLED_LINE = Pattern.compile("^(DBNM|DACT|EREF): ?(.*)$");

	/** Labels that name the one who sent the money, and where the name ends. */
	private static final Pattern PAYER = Pattern
		.compile("(?:^|\\s)(?:ORIG CO NAME:|ORIGINATOR:|B/O:|B/O |ORG=)\\s*(/(\\S+)\\s+)?(.*?)(?=\\s{2,}|\\s"
				+ "(?:ORIG ID|DESC DATE|CO ENTRY DESCR|SEC|TRACE#|EED|IND ID|IND NAME|OBI|BBI|BNF|BBK|REF|SRF|TRN|RFB|"
				+ "IMAD|OMAD|ORG|ID|ADDR|CITY)\\s?[:=#]|$)");

	private static final Pattern RETURN_REASON = Pattern.compile("(?i)REASON\\W{0,4}(R\\d{2})\\b");

	static DetailText of(List<String> lines, boolean credit, boolean reversal) {
		if (lines.isEmpty()) {
			return NONE;
		}
		String creditorReference = null;
		String debtorName = null;
		String debtorAccount = null;
		String endToEndId = null;
		String returnReason = null;
		for (String line : lines) {
			if (creditorReference == null && line.contains("RF")) {
				creditorReference = creditorReference(line);
			}
			Matcher labelled = LABELLED_LINE.matcher(line);
			if (labelled.matches()) {
				String value = blankToNull(labelled.group(2));
				switch (labelled.group(1)) {
					case "DBNM" -> debtorName = (credit && debtorName == null) ? value : debtorName;
					case "DACT" -> debtorAccount = (credit && debtorAccount == null) ? value : debtorAccount;
					default -> endToEndId = (endToEndId == null) ? value : endToEndId;
				}
			}
			else if (credit && debtorName == null && mayNamePayer(line)) {
				Matcher payer = PAYER.matcher(line);
				if (payer.find()) {
					debtorName = name(payer.group(3));
					debtorAccount = (debtorAccount != null || debtorName == null) ? debtorAccount : payer.group(2);
				}
			}
			if (reversal && returnReason == null && line.toUpperCase(Locale.ROOT).contains("REASON")) {
				Matcher reason = RETURN_REASON.matcher(line);
				returnReason = reason.find() ? reason.group(1).toUpperCase(Locale.ROOT) : null;
			}
		}
		return new DetailText(new RemittanceInfo(lines, creditorReference, List.of()), debtorName, debtorAccount,
				endToEndId, returnReason);
	}

	private static boolean mayNamePayer(String line) {
		return line.contains("ORIG") || line.contains("B/O") || line.contains("ORG=");
	}

	private static String name(String text) {
		String name = text.strip();
		return (name.chars().anyMatch(Character::isLetter)) ? name : null;
	}

	private static String creditorReference(String line) {
		Matcher matcher = CREDITOR_REFERENCE.matcher(line);
		while (matcher.find()) {
			if (isValidCreditorReference(matcher.group())) {
				return matcher.group();
			}
		}
		return null;
	}

	/**
	 * ISO 11649: the reference with {@code RF} and the check digits moved to its end is 1
	 * mod 97.
	 */
	static boolean isValidCreditorReference(String reference) {
		String rearranged = reference.substring(4) + reference.substring(0, 4);
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

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
