package io.cashpost.statement.bai2;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cashpost.reference.CreditorReference;
import io.cashpost.statement.RemittanceInfo;

/**
 * What the free text of a detail record tells about the payment, read conservatively: an
 * ISO 11649 creditor reference whose check digits hold; the payer's name and account
 * where the text labels them the way US banks do (see {@link PayerLabels}, or one
 * {@code DBNM:}/{@code DACT:} label per continuation record); the end-to-end reference
 * ({@code EREF:}); and the ACH return reason of a return ({@code REASON: R01}). The text
 * itself stays as sent.
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

	/** The labels some banks put at the start of their continuation records. */
	private static final List<String> LINE_LABELS = List.of("DBNM", "DACT", "EREF");

	private static final Pattern RETURN_REASON = Pattern.compile("(?i)REASON\\W{0,4}(R\\d{2})\\b");

	/**
	 * @param lines the text, one line per physical record
	 * @param payment whether the detail is a credit that is no return, whose payer the
	 * text may name
	 * @param reversal whether the detail returns or reverses an earlier one
	 */
	static DetailText of(List<String> lines, boolean payment, boolean reversal) {
		if (lines.isEmpty()) {
			return NONE;
		}
		String creditorReference = null;
		String debtorName = null;
		String debtorAccount = null;
		String endToEndId = null;
		String returnReason = null;
		for (String line : lines) {
			creditorReference = (creditorReference != null) ? creditorReference : creditorReference(line);
			String label = lineLabel(line);
			String value = (label != null) ? blankToNull(line.substring(5)) : null;
			if ("EREF".equals(label)) {
				endToEndId = (endToEndId != null) ? endToEndId : value;
			}
			else if (payment && "DBNM".equals(label)) {
				debtorName = (debtorName != null) ? debtorName : value;
			}
			else if (payment && "DACT".equals(label)) {
				debtorAccount = (debtorAccount != null) ? debtorAccount : value;
			}
			else if (payment && debtorName == null) {
				PayerLabels.Payer payer = PayerLabels.find(line);
				debtorName = (payer != null) ? payer.name() : null;
				debtorAccount = (debtorAccount == null && payer != null) ? payer.account() : debtorAccount;
			}
			returnReason = (returnReason == null && reversal) ? returnReason(line) : returnReason;
		}
		return new DetailText(new RemittanceInfo(lines, creditorReference, List.of()), debtorName, debtorAccount,
				endToEndId, returnReason);
	}

	/**
	 * {@code DBNM}, {@code DACT} or {@code EREF} when the line starts with one and a
	 * colon.
	 */
	private static String lineLabel(String line) {
		if (line.length() < 5 || line.charAt(4) != ':') {
			return null;
		}
		String label = line.substring(0, 4);
		return LINE_LABELS.contains(label) ? label : null;
	}

	private static String returnReason(String line) {
		if (!line.toUpperCase(Locale.ROOT).contains("REASON")) {
			return null;
		}
		Matcher reason = RETURN_REASON.matcher(line);
		return reason.find() ? reason.group(1).toUpperCase(Locale.ROOT) : null;
	}

	/** The first {@code RF} reference standing alone whose check digits hold. */
	private static String creditorReference(String line) {
		for (int at = line.indexOf("RF"); at >= 0; at = line.indexOf("RF", at + 2)) {
			if (at > 0 && isReferenceChar(line.charAt(at - 1))) {
				continue;
			}
			int end = at + 2;
			while (end < line.length() && isReferenceChar(line.charAt(end))) {
				end++;
			}
			int length = end - at;
			if (length >= 5 && length <= 25 && isDigit(line.charAt(at + 2)) && isDigit(line.charAt(at + 3))
					&& CreditorReference.isValid(line.substring(at, end))) {
				return line.substring(at, end);
			}
		}
		return null;
	}

	private static boolean isReferenceChar(char c) {
		return (c >= 'A' && c <= 'Z') || isDigit(c);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
