package io.cashpost.statement.bai2;

/**
 * Finds the payer in the text of a credit where a US bank labels it: ACH
 * {@code ORIG CO NAME:}, wire {@code B/O:} (by order of), {@code ORG=} (with an account
 * after a {@code /}) or {@code ORIGINATOR:}. The name runs to two blanks in a row, the
 * next label or the end of the line. Plain string searches: this runs for every credit.
 */
final class PayerLabels {

	/**
	 * @param name the payer's name
	 * @param account the payer's account, or {@code null}
	 */
	record Payer(String name, String account) {

	}

	private static final String[] LABELS = { "ORIG CO NAME:", "ORIGINATOR:", "B/O:", "B/O ", "ORG=" };

	/** Labels that end a name, each followed by {@code :}, {@code =} or {@code #}. */
	private static final String[] NEXT_LABELS = { " ORIG ID", " DESC DATE", " CO ENTRY DESCR", " SEC", " TRACE#",
			" EED", " IND ID", " IND NAME", " OBI", " BBI", " BNF", " BBK", " REF", " SRF", " TRN", " RFB", " IMAD",
			" OMAD", " ORG", " ID", " ADDR", " CITY" };

	private PayerLabels() {
	}

	/** The labelled payer, or {@code null} when the line labels none or names nobody. */
	static Payer find(String line) {
		int labelEnd = labelEnd(line);
		if (labelEnd < 0) {
			return null;
		}
		int start = skipBlanks(line, labelEnd);
		String account = null;
		if (start < line.length() && line.charAt(start) == '/') {
			int blank = line.indexOf(' ', start + 1);
			if (blank > start + 1) {
				account = line.substring(start + 1, blank);
				start = skipBlanks(line, blank);
			}
		}
		String name = line.substring(start, nameEnd(line, start)).strip();
		if (name.chars().noneMatch(Character::isLetter)) {
			return null;
		}
		return new Payer(name, account);
	}

	/** Where the value of the first label at the start of a word begins, or -1. */
	private static int labelEnd(String line) {
		int found = -1;
		int end = -1;
		for (String label : LABELS) {
			int at = line.indexOf(label);
			while (at > 0 && !Character.isWhitespace(line.charAt(at - 1))) {
				at = line.indexOf(label, at + 1);
			}
			if (at >= 0 && (found < 0 || at < found)) {
				found = at;
				end = at + label.length();
			}
		}
		return end;
	}

	private static int nameEnd(String line, int start) {
		int end = line.indexOf("  ", start);
		end = (end >= 0) ? end : line.length();
		for (String label : NEXT_LABELS) {
			for (int at = line.indexOf(label, start); at >= 0 && at < end; at = line.indexOf(label, at + 1)) {
				int after = at + label.length();
				if (after < line.length() && line.charAt(after) == ' ') {
					after++;
				}
				if (after < line.length() && ":=#".indexOf(line.charAt(after)) >= 0) {
					end = at;
					break;
				}
			}
		}
		return end;
	}

	private static int skipBlanks(String line, int from) {
		int i = from;
		while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
			i++;
		}
		return i;
	}

}
