package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Field 61, the statement line:
 * {@code YYMMDD[MMDD](C|D|RC|RD|EC|ED)[funds letter]amount TYPE customerRef[//bankRef]}
 * and, on the lines below, supplementary details.
 * <p>
 * Parsed here rather than through Prowide's {@code Field61}, which accepts anything and
 * shifts the components of a broken line (it reads {@code XX0709D1,0} as an amount of
 * 709): a statement line that does not parse must stop the file, with the reason.
 *
 * @param valueDate value date
 * @param entryDate booking date, or {@code null} when the bank left it out
 * @param debit whether money leaves the account: {@code D}, {@code ED} and {@code RC}
 * (the reversal of a credit)
 * @param reversal {@code RC} or {@code RD}
 * @param expected {@code EC} or {@code ED}: an entry announced, not booked (MT942)
 * @param amount the amount, unsigned, as sent
 * @param type transaction type identification, e.g. {@code NTRF}, {@code N051}, or
 * {@code null} when the bank left it out (see {@link #parse})
 * @param customerReference reference for the account owner, {@code null} for
 * {@code NONREF}
 * @param bankReference the bank's reference after {@code //}, or {@code null}
 * @param supplementary supplementary details (the line below), or {@code null}
 */
record StatementLine(LocalDate valueDate, LocalDate entryDate, boolean debit, boolean reversal, boolean expected,
		BigDecimal amount, String type, String customerReference, String bankReference, String supplementary) {

	/**
	 * Parses field 61. A line without transaction type is read where nothing else can be
	 * meant: the amount followed directly by the bank reference ({@code //}), by the
	 * {@code NONREF} placeholder, or by nothing; the caller warns about it.
	 */
	static StatementLine parse(String value) {
		String[] lines = value.split("\n");
		StatementLine line = new Parser(lines[0].stripTrailing()).parse(supplementary(lines, 1));
		if (lines.length > 2 && line.bankReference() != null && unwrapsReference(line.bankReference(), lines[1])) {
			// the bank reference was wrapped onto the next line (seen from ING)
			return new StatementLine(line.valueDate, line.entryDate, line.debit, line.reversal, line.expected,
					line.amount, line.type, line.customerReference, line.bankReference + lines[1].strip(),
					supplementary(lines, 2));
		}
		return line;
	}

	/** The amount signed: negative when money leaves the account. */
	BigDecimal signedAmount() {
		return this.debit ? this.amount.negate() : this.amount;
	}

	private static String supplementary(String[] lines, int from) {
		StringBuilder joined = new StringBuilder();
		for (int i = from; i < lines.length; i++) {
			joined.append(lines[i].strip());
		}
		return joined.isEmpty() ? null : joined.toString();
	}

	private static boolean unwrapsReference(String reference, String next) {
		String part = next.strip();
		return !part.isEmpty() && !part.startsWith("/") && part.indexOf(' ') < 0
				&& reference.length() + part.length() <= 16;
	}

	/** Reads the first line of field 61 left to right. */
	private static final class Parser {

		private final String text;

		private int at;

		Parser(String text) {
			this.text = text;
		}

		StatementLine parse(String supplementary) {
			LocalDate valueDate = SwiftSyntax.date(this.text, 0);
			this.at = 6;
			LocalDate entryDate = entryDate(valueDate);
			String mark = mark();
			if (this.at < this.text.length() && Character.isLetter(this.text.charAt(this.at))) {
				this.at++; // the third letter of the currency code (funds code)
			}
			BigDecimal amount = amount();
			String type = type();
			String[] references = references();
			boolean reversal = mark.startsWith("R");
			boolean debit = mark.equals("D") || mark.equals("ED") || mark.equals("RC");
			return new StatementLine(valueDate, entryDate, debit, reversal, mark.startsWith("E"), amount, type,
					references[0], references[1], supplementary);
		}

		private LocalDate entryDate(LocalDate valueDate) {
			if (SwiftSyntax.digits(this.text, this.at, 4)) {
				this.at += 4;
				return SwiftSyntax.entryDate(this.text, this.at - 4, valueDate);
			}
			if (this.text.startsWith("    ", this.at)) {
				this.at += 4;
			}
			else if (this.at < this.text.length() && Character.isDigit(this.text.charAt(this.at))) {
				throw new MtFieldException(
						"entry date '" + SwiftSyntax.snippet(this.text, this.at, 4) + "' is not a date MMDD");
			}
			return null;
		}

		private String mark() {
			for (String mark : new String[] { "RC", "RD", "EC", "ED", "C", "D" }) {
				if (this.text.startsWith(mark, this.at)) {
					this.at += mark.length();
					return mark;
				}
			}
			throw new MtFieldException("debit/credit mark must be C, D, RC or RD, found '"
					+ SwiftSyntax.snippet(this.text, this.at, 2) + "'");
		}

		private BigDecimal amount() {
			int length = SwiftSyntax.amountLength(this.text, this.at);
			String amount = this.text.substring(this.at, this.at + length);
			if (amount.isEmpty() || amount.equals(",")) {
				throw new MtFieldException("no amount after the debit/credit mark: found '"
						+ SwiftSyntax.snippet(this.text, this.at, 12) + "'");
			}
			this.at += length;
			return SwiftSyntax.amount(amount);
		}

		private String type() {
			String rest = this.text.substring(this.at).stripTrailing();
			if (rest.isEmpty() || rest.startsWith("//") || rest.startsWith("NONREF")) {
				// no type code: what follows can only be a reference
				return null;
			}
			String type = SwiftSyntax.snippet(this.text, this.at, 4);
			if (type.length() < 4 || "NSF".indexOf(type.charAt(0)) < 0 || !typeCode(type)) {
				throw new MtFieldException("transaction type must be N, S or F and 3 characters (e.g. NTRF), found '"
						+ SwiftSyntax.snippet(this.text, this.at, 12) + "'");
			}
			this.at += 4;
			return type.strip();
		}

		private static boolean typeCode(String type) {
			for (int i = 1; i < 4; i++) {
				char c = type.charAt(i);
				if (!Character.isLetterOrDigit(c) && c != ' ') {
					return false;
				}
			}
			return true;
		}

		private String[] references() {
			String rest = this.text.substring(this.at);
			int slashes = rest.indexOf("//");
			String customer = ((slashes < 0) ? rest : rest.substring(0, slashes)).strip();
			String bank = (slashes < 0) ? "" : rest.substring(slashes + 2).strip();
			return new String[] { (customer.isEmpty() || customer.equals("NONREF")) ? null : customer,
					(bank.isEmpty() || bank.equals("NONREF")) ? null : bank };
		}

	}

}
