package io.cashpost.statement.bai2;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.cashpost.statement.StatementReadException;

/**
 * Cuts physical lines into BAI2 records. A record starts with a two-digit record code and
 * a comma and ends with a {@code /} followed by the end of the line or by the next
 * record; several records may share a line. A next record right after the {@code /},
 * without a blank between, must be one that may follow this one (a 16 after a 16, not an
 * 01). Banks that leave the {@code /} out end a record at the end of its line when the
 * next line starts a record; otherwise the next line continues it. A {@code /} anywhere
 * else is data (references and text carry dates like {@code 08/18/23}).
 */
final class RecordScanner {

	/** One record as written: its code, its fields without the code and the delimiter. */
	record RawRecord(int code, String body, long line) {

	}

	private final PhysicalLines lines;

	private final String file;

	private String rest;

	private int position;

	private long restLine;

	private String lookahead;

	/** The code of the last record other than a continuation. */
	private int continued = -1;

	private boolean lookaheadRead;

	RecordScanner(PhysicalLines lines, String file) {
		this.lines = lines;
		this.file = file;
	}

	/** The line where the file ended or the last record was found. */
	long lastLine() {
		return this.lines.number();
	}

	/** The next record, or {@code null} at the end of the file. */
	RawRecord next() {
		while (true) {
			if (this.rest == null) {
				this.rest = nextLine();
				if (this.rest == null) {
					return null;
				}
				this.restLine = this.lines.number();
				this.position = 0;
			}
			this.position = skipBlanks(this.rest, this.position);
			if (this.position < this.rest.length()) {
				return record();
			}
			this.rest = null;
		}
	}

	private RawRecord record() {
		String text = this.rest;
		int start = this.position;
		long line = this.restLine;
		if (!isRecordStart(text, start)) {
			throw new StatementReadException(this.file, "line " + line,
					"expected a record (a two-digit record code and a comma), found '" + excerpt(text, start) + "'");
		}
		int code = (text.charAt(start) - '0') * 10 + (text.charAt(start + 1) - '0');
		if (code != LogicalRecords.CONTINUATION) {
			this.continued = code;
		}
		int from = start + 3;
		while (true) {
			int end = delimiter(text, from, this.continued);
			if (end >= 0) {
				this.rest = text;
				this.position = end + 1;
				return new RawRecord(code, text.substring(start + 3, end), line);
			}
			String next = peekLine();
			if (next == null || isBlank(next) || isRecordStart(next, skipBlanks(next, 0))) {
				this.rest = null;
				return new RawRecord(code, text.substring(start + 3), line);
			}
			// The record runs on over the next physical line.
			takeLine();
			from = text.length() - start;
			text = text.substring(start) + next;
			start = 0;
		}
	}

	/** The index of the {@code /} that ends a record continuing {@code code}, or -1. */
	private static int delimiter(String text, int from, int code) {
		int slash = text.indexOf('/', from);
		while (slash >= 0) {
			int after = skipBlanks(text, slash + 1);
			if (after == text.length()) {
				return slash;
			}
			if (isRecordStart(text, after)) {
				int next = (text.charAt(after) - '0') * 10 + (text.charAt(after + 1) - '0');
				if ((after > slash + 1) ? isRecordCode(next) : mayFollow(code, next)) {
					return slash;
				}
			}
			slash = text.indexOf('/', slash + 1);
		}
		return -1;
	}

	private static boolean isRecordCode(int code) {
		return switch (code) {
			case 1, 2, 3, 16, 49, 88, 98, 99 -> true;
			default -> false;
		};
	}

	/**
	 * Whether a record may come right after one with the given code (or its
	 * continuations).
	 */
	private static boolean mayFollow(int code, int next) {
		if (next == LogicalRecords.CONTINUATION) {
			return true;
		}
		return switch (code) {
			case 1 -> next == 2 || next == 99;
			case 2 -> next == 3 || next == 98;
			case 3, 16 -> next == 16 || next == 49;
			case 49 -> next == 3 || next == 98;
			case 98 -> next == 2 || next == 99;
			case 99 -> next == 1;
			default -> isRecordCode(next);
		};
	}

	static boolean isRecordStart(String text, int at) {
		return at + 2 < text.length() && isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1))
				&& text.charAt(at + 2) == ',';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int skipBlanks(String text, int from) {
		int i = from;
		while (i < text.length() && isBlank(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\u001a' || c == '\f';
	}

	private static boolean isBlank(String text) {
		return skipBlanks(text, 0) == text.length();
	}

	private static String excerpt(String text, int from) {
		String excerpt = text.substring(from, Math.min(text.length(), from + 20));
		return (text.length() > from + 20) ? excerpt + "..." : excerpt;
	}

	private String peekLine() {
		if (!this.lookaheadRead) {
			this.lookahead = readLine();
			this.lookaheadRead = true;
		}
		return this.lookahead;
	}

	private void takeLine() {
		this.lookaheadRead = false;
		this.lookahead = null;
	}

	private String nextLine() {
		if (this.lookaheadRead) {
			String line = this.lookahead;
			takeLine();
			return line;
		}
		return readLine();
	}

	private String readLine() {
		try {
			return this.lines.next();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
