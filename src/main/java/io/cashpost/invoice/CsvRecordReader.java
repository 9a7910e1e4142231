package io.cashpost.invoice;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 CSV into records, one at a time: quoted fields may hold commas, line
 * breaks and doubled quotes; lines end with CRLF or LF; a leading byte order mark is
 * skipped. Line numbers count physical lines, so that a message points where an editor
 * shows the record.
 */
final class CsvRecordReader implements Closeable {

	private static final int END = -1;

	private static final char BOM = '\uFEFF';

	private final Reader in;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private long line = 1;

	private boolean started;

	CsvRecordReader(Reader in) {
		this.in = in;
	}

	/**
	 * The next record, or {@code null} at the end. Empty lines are skipped.
	 * @throws CsvSyntaxException when a quoted field is never closed
	 * @throws IOException when the input cannot be read or decoded
	 */
	CsvRecord read() throws IOException {
		skipByteOrderMark();
		int c = next();
		while (c == '\n' || c == '\r') {
			endLine(c);
			c = next();
		}
		if (c == END) {
			return null;
		}
		long start = this.line;
		List<String> fields = new ArrayList<>();
		String problem = null;
		StringBuilder field = new StringBuilder();
		while (true) {
			if (c == '"' && field.isEmpty()) {
				c = quoted(field, start);
				if (c != ',' && c != '\n' && c != '\r' && c != END) {
					problem = (problem != null) ? problem : "text after a closing quote (double a quote inside quotes)";
					c = unquoted(field, c);
				}
			}
			else {
				c = unquoted(field, c);
				if (problem == null && field.indexOf("\"") >= 0) {
					problem = "a quote inside an unquoted field (quote the whole field and double the quote)";
				}
			}
			fields.add(field.toString());
			field.setLength(0);
			if (c != ',') {
				endLine(c);
				return new CsvRecord(start, List.copyOf(fields), problem);
			}
			c = next();
		}
	}

	/** The line reading has reached. */
	long line() {
		return this.line;
	}

	/** Reads a quoted field's content; returns the character after the closing quote. */
	private int quoted(StringBuilder field, long start) throws IOException {
		while (true) {
			int c = next();
			if (c == END) {
				throw new CsvSyntaxException(start, "a quoted field opened here is never closed");
			}
			if (c == '"') {
				int after = next();
				if (after != '"') {
					return after;
				}
			}
			else if (c == '\n' || (c == '\r' && peek() != '\n')) {
				this.line++;
			}
			field.append((char) c);
		}
	}

	/** Reads up to the next comma or line end; returns that character. */
	private int unquoted(StringBuilder field, int first) throws IOException {
		int c = first;
		while (c != ',' && c != '\n' && c != '\r' && c != END) {
			field.append((char) c);
			c = next();
		}
		return c;
	}

	/** Consumes the rest of a line break that started with {@code c}. */
	private void endLine(int c) throws IOException {
		if (c == '\r' && peek() == '\n') {
			next();
		}
		if (c != END) {
			this.line++;
		}
	}

	private void skipByteOrderMark() throws IOException {
		if (!this.started) {
			this.started = true;
			if (peek() == BOM) {
				next();
			}
		}
	}

	private int next() throws IOException {
		int c = peek();
		if (c != END) {
			this.position++;
		}
		return c;
	}

	private int peek() throws IOException {
		if (this.position == this.limit) {
			this.limit = this.in.read(this.buffer, 0, this.buffer.length);
			this.position = 0;
			if (this.limit <= 0) {
				this.limit = 0;
				return END;
			}
		}
		return this.buffer[this.position];
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
