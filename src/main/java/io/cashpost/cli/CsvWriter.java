package io.cashpost.cli;

import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** Writes RFC 4180 CSV: a header row, then values quoted where they need it. */
final class CsvWriter {

	private final Writer out;

	CsvWriter(Writer out) {
		this.out = out;
	}

	void row(List<?> values) {
		try {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(field(values.get(i)));
			}
			this.out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write CSV: " + ex.getMessage(), ex);
		}
	}

	void flush() {
		try {
			this.out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write CSV: " + ex.getMessage(), ex);
		}
	}

	private static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
