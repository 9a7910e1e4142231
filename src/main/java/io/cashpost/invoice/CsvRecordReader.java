package io.cashpost.invoice;

import java.io.Closeable;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * Splits RFC 4180 CSV into records, one at a time, with FastCSV: quoted fields may hold
 * commas, line breaks and doubled quotes; lines end with CRLF or LF; a leading byte order
 * mark is skipped; empty lines are skipped. Line numbers count physical lines, so that a
 * message points where an editor shows the record. A quote inside an unquoted field is a
 * problem of its record only; a quote never closed, or text after a closing quote, stops
 * reading.
 */
final class CsvRecordReader implements Closeable {

	private static final char BOM = '\uFEFF';

	private final Reader in;

	private final Records handler = new Records();

	private final CsvReader<CsvRecord> reader;

	private Iterator<CsvRecord> records;

	CsvRecordReader(Reader in) {
		this.in = in;
		this.reader = CsvReader.builder()
			.skipEmptyLines(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.build(this.handler, withoutByteOrderMark(in));
	}

	/**
	 * The next record, or {@code null} at the end.
	 * @throws CsvSyntaxException when a quoted field is never closed or text follows a
	 * closing quote, naming the line the record starts on
	 * @throws IOException when the input cannot be read
	 */
	CsvRecord read() throws IOException {
		if (this.records == null) {
			this.records = this.reader.iterator();
		}
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (CsvParseException ex) {
			throw new CsvSyntaxException(this.handler.line, problem(ex));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.in.close();
	}

	private static String problem(CsvParseException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.startsWith("Unexpected character after closing quote")) {
			return "text after a closing quote (double a quote inside quotes)";
		}
		if (message.startsWith("Unclosed quoted field")) {
			return "a quoted field opened here is never closed";
		}
		return message;
	}

	private static Reader withoutByteOrderMark(Reader in) {
		PushbackReader reader = new PushbackReader(in, 1);
		try {
			int first = reader.read();
			if (first >= 0 && first != BOM) {
				reader.unread(first);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return reader;
	}

	/**
	 * Builds each record with the line it starts on, and notes a quote inside an unquoted
	 * field, which FastCSV reads as a plain character.
	 */
	private static final class Records extends AbstractBaseCsvCallbackHandler<CsvRecord> {

		private long line = 1;

		private List<String> fields = new ArrayList<>();

		private String problem;

		@Override
		protected void handleBegin(long startingLineNumber) {
			this.line = startingLineNumber;
			this.fields = new ArrayList<>();
			this.problem = null;
		}

		@Override
		protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
			String field = new String(buf, offset, len);
			if (!quoted && this.problem == null && field.indexOf('"') >= 0) {
				this.problem = "a quote inside an unquoted field (quote the whole field and double the quote)";
			}
			this.fields.add(field);
		}

		@Override
		protected CsvRecord buildRecord() {
			return (getRecordType() == RecordType.DATA)
					? new CsvRecord(this.line, List.copyOf(this.fields), this.problem) : null;
		}

	}

}
