package io.cashpost.invoice;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an invoice file row by row: UTF-8 (with or without a byte order mark), RFC 4180
 * CSV, a header row naming the columns in any order; unknown columns are ignored. Pure,
 * no database: a batch job's item reader can wrap it as it is.
 */
final class InvoiceCsvReader implements AutoCloseable {

	private final String file;

	private final CsvRecordReader records;

	private final InvoiceRowParser parser;

	private InvoiceCsvReader(String file, CsvRecordReader records, InvoiceRowParser parser) {
		this.file = file;
		this.records = records;
		this.parser = parser;
	}

	/**
	 * Opens the file and reads its header.
	 * @throws InvoiceFileException when the file is missing or unreadable, or its header
	 * lacks a required column
	 */
	static InvoiceCsvReader open(Path path) {
		String file = fileName(path);
		CsvRecordReader records = records(path);
		try {
			CsvRecord header = records.read();
			InvoiceRowParser parser = new InvoiceRowParser(columns(file, header), header.fields().size());
			return new InvoiceCsvReader(file, records, parser);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(records, ex);
			throw (ex instanceof InvoiceFileException invalid) ? invalid : failure(file, ex);
		}
	}

	/** The file's name, as messages and results show it. */
	static String fileName(Path path) {
		Path name = path.getFileName();
		return (name != null) ? name.toString() : path.toString();
	}

	/**
	 * The next row, or {@code null} at the end of the file.
	 * @throws InvoiceFileException when the file cannot be read on from here
	 */
	InvoiceCsvRow read() {
		try {
			CsvRecord record = this.records.read();
			return (record != null) ? this.parser.parse(record) : null;
		}
		catch (IOException ex) {
			throw failure(this.file, ex);
		}
	}

	String file() {
		return this.file;
	}

	@Override
	public void close() {
		try {
			this.records.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CsvRecordReader records(Path path) {
		try {
			// bytes that are not UTF-8 become U+FFFD: the row parser names their line
			return new CsvRecordReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
		}
		catch (NoSuchFileException ex) {
			throw InvoiceFileException.of(path.toString(), "no such file", ex);
		}
		catch (IOException ex) {
			throw InvoiceFileException.of(path.toString(), "cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static Map<String, Integer> columns(String file, CsvRecord header) {
		if (header == null) {
			throw InvoiceFileException.of(file, "the file is empty: expected a header row naming the columns", null);
		}
		if (header.problem() != null || InvoiceRowParser.notUtf8(header)) {
			throw problem(file, header.line(),
					"header: " + ((header.problem() != null) ? header.problem() : InvoiceRowParser.NOT_UTF8));
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
				throw problem(file, header.line(), "column '" + name + "' appears twice in the header");
			}
		}
		List<String> missing = new ArrayList<>(InvoiceRowParser.REQUIRED_COLUMNS);
		missing.removeAll(columns.keySet());
		if (!missing.isEmpty()) {
			throw problem(file, header.line(), "the header lacks the required column(s) " + String.join(", ", missing));
		}
		return columns;
	}

	private static InvoiceFileException failure(String file, Exception ex) {
		if (ex instanceof CsvSyntaxException syntax) {
			return new InvoiceFileException(file, List.of(new InvoiceProblem(syntax.line(), syntax.getMessage())), 1,
					ex);
		}
		return InvoiceFileException.of(file, "cannot be read: " + ex.getMessage(), ex);
	}

	private static InvoiceFileException problem(String file, long line, String problem) {
		return new InvoiceFileException(file, List.of(new InvoiceProblem(line, problem)), 1);
	}

	private static void closeQuietly(CsvRecordReader records, Exception failure) {
		try {
			records.close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
	}

}
