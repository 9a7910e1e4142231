package io.cashpost.settlement.report;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cashpost.settlement.SettlementReadException;

/**
 * One data row of a report, its values found by column name. A value that cannot be read
 * fails with the file, the line and the column.
 */
public final class Row {

	private static final Map<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();

	private final String file;

	private final Header header;

	private final CsvRecords.Record record;

	public Row(String file, Header header, CsvRecords.Record record) {
		this.file = file;
		this.header = header;
		this.record = record;
	}

	public long line() {
		return this.record.line();
	}

	public Header header() {
		return this.header;
	}

	/** The value without surrounding space, or {@code null} when empty or absent. */
	public String text(String column) {
		int position = this.header.position(column);
		if (position < 0) {
			return null;
		}
		String value = this.record.field(position).strip();
		return value.isEmpty() ? null : value;
	}

	/** The first of the columns that has a value, or {@code null}. */
	public String first(String... columns) {
		for (String column : columns) {
			String value = text(column);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The value, which the row must have. */
	public String required(String column) {
		String value = text(column);
		if (value == null) {
			throw fail(this.header.has(column) ? column + " is empty"
					: "the report has no column '" + column + "', which this row needs");
		}
		return value;
	}

	/** The amount in the column, or {@code null} when empty or absent. */
	public BigDecimal amount(String column) {
		return amount(column, false);
	}

	/** The amount in the column, or {@code null} when empty or absent. */
	public BigDecimal amount(String column, boolean decimalComma) {
		String value = text(column);
		try {
			return Amounts.parse(value, decimalComma);
		}
		catch (NumberFormatException ex) {
			throw fail(column + " '" + value + "' is not an amount");
		}
	}

	/** The ISO 4217 currency in the column (any case), which the row must have. */
	public Currency currency(String column) {
		String code = required(column);
		try {
			return Currency.getInstance(code.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw fail(column + " '" + code + "' is not an ISO 4217 currency code");
		}
	}

	/**
	 * The date of a date or date-time value in the column, or {@code null}; only as much
	 * of the value as the pattern covers is read ({@code 2021-01-05} of
	 * {@code 2021-01-05 00:21:32}).
	 * @param pattern a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM-dd}
	 */
	public LocalDate date(String column, String pattern) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		String head = (value.length() > pattern.length() && !pattern.contains("'"))
				? value.substring(0, pattern.length()) : value;
		try {
			TemporalAccessor parsed = FORMATS
				.computeIfAbsent(pattern, (p) -> DateTimeFormatter.ofPattern(p, Locale.ROOT))
				.parse(head);
			return LocalDate.from(parsed);
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw fail(column + " '" + value + "' is not a date like " + pattern);
		}
	}

	/** A failure naming the file and this row's line. */
	public SettlementReadException fail(String problem) {
		return new SettlementReadException(this.file, "line " + line(), problem);
	}

}
