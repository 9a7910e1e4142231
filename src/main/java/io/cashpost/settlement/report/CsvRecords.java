package io.cashpost.settlement.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import io.cashpost.settlement.SettlementReadException;

/**
 * The records of a CSV file, one at a time, each with the line it starts on: UTF-8 with
 * or without a byte order mark, RFC 4180 quoting, any field separator, empty lines
 * skipped, records of any length (framed reports mix record types). A quote never closed,
 * or text after a closing quote, stops reading with the line of the record.
 */
public final class CsvRecords implements AutoCloseable {

	private final String file;

	private final LineTracking tracking;

	private final CsvReader<Record> reader;

	private final Iterator<Record> records;

	private CsvRecords(String file, CsvReader<Record> reader, LineTracking tracking) {
		this.file = file;
		this.reader = reader;
		this.records = reader.iterator();
		this.tracking = tracking;
	}

	/**
	 * Opens the file.
	 * @param name the file's name as messages give it
	 * @throws SettlementReadException when the file is missing or cannot be read
	 */
	public static CsvRecords open(Path path, String name, char separator) {
		InputStream in;
		try {
			in = Files.newInputStream(path);
		}
		catch (NoSuchFileException ex) {
			throw new SettlementReadException(name, null, "no such file", ex);
		}
		catch (IOException ex) {
			throw new SettlementReadException(name, null, "cannot be read: " + ex.getMessage(), ex);
		}
		LineTracking handler = new LineTracking();
		CsvReader<Record> reader = CsvReader.builder()
			.fieldSeparator(separator)
			.skipEmptyLines(true)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.detectBomHeader(true)
			.build(handler, in, StandardCharsets.UTF_8);
		return new CsvRecords(name, reader, handler);
	}

	/**
	 * The next record, or {@code null} at the end.
	 * @throws SettlementReadException when the quoting is broken, naming the line
	 */
	public Record next() {
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (CsvParseException ex) {
			throw new SettlementReadException(this.file, "line " + this.tracking.line, problem(ex), ex);
		}
		catch (UncheckedIOException ex) {
			throw new SettlementReadException(this.file, null, "cannot be read: " + ex.getCause().getMessage(), ex);
		}
	}

	/** The file's name as messages give it. */
	public String file() {
		return this.file;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String problem(CsvParseException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.startsWith("Unclosed quoted field")) {
			return "a quoted field opened here is never closed";
		}
		if (message.startsWith("Unexpected character after closing quote")) {
			return "text after a closing quote (double a quote inside quotes)";
		}
		return message;
	}

	/**
	 * One record of the file.
	 *
	 * @param line the line it starts on (1 is the file's first line)
	 * @param fields the field values, unquoted
	 */
	public record Record(long line, List<String> fields) {

		/** The field at the position, or an empty string past the record's end. */
		public String field(int index) {
			return (index < this.fields.size()) ? this.fields.get(index) : "";
		}

	}

	/** Builds records and remembers where the one being read started. */
	private static final class LineTracking extends AbstractBaseCsvCallbackHandler<Record> {

		private long line = 1;

		private List<String> fields = new ArrayList<>();

		@Override
		protected void handleBegin(long startingLineNumber) {
			this.line = startingLineNumber;
			this.fields = new ArrayList<>();
		}

		@Override
		protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
			this.fields.add(new String(buf, offset, len));
		}

		@Override
		protected Record buildRecord() {
			return (getRecordType() == RecordType.DATA) ? new Record(this.line, List.copyOf(this.fields)) : null;
		}

	}

}
