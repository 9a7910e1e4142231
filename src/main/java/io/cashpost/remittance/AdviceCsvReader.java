package io.cashpost.remittance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import io.cashpost.money.Money;
import io.cashpost.statement.DocumentType;

/**
 * Reads a remittance advice file whole and checks it: columns by header name, one row per
 * invoice with the advice's header fields repeated on each row, the rows of one advice
 * together, and every advice's lines adding up to its amount to the cent. Any problem
 * refuses the whole file, naming the line.
 */
final class AdviceCsvReader {

	static final String ADVICE_ID = "advice_id";

	static final String INVOICE_NUMBER = "invoice_number";

	static final String PAID_AMOUNT = "paid_amount";

	private static final List<String> REQUIRED = List.of(ADVICE_ID, "payer_name", "payer_account", "payment_reference",
			"end_to_end_id", "payment_date", "advice_amount", "currency", INVOICE_NUMBER, PAID_AMOUNT);

	/** The advice's own fields: the same on every row of an advice. */
	private static final List<String> ADVICE_FIELDS = List.of("payer_name", "payer_account", "payment_reference",
			"end_to_end_id", "payment_date", "advice_amount", "currency");

	private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3}(\\.\\d{3})*,\\d{1,2}|\\d+,\\d{1,2}");

	/** {@code 1.000}: one thousand with a decimal comma, one with a decimal point. */
	private static final Pattern THOUSANDS_ONLY = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

	private final Path path;

	private final String name;

	private Map<String, Integer> columns;

	private char separator = ',';

	AdviceCsvReader(Path path, String name) {
		this.path = path;
		this.name = name;
	}

	List<RemittanceAdvice> read() {
		List<RemittanceAdvice> advices = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<CsvRecord> rows = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = open()) {
			for (CsvRecord record : reader) {
				if (this.columns == null) {
					this.columns = header(record);
					continue;
				}
				if (!rows.isEmpty() && !field(record, ADVICE_ID).equals(field(rows.get(0), ADVICE_ID))) {
					advices.add(advice(rows, seen));
					rows.clear();
				}
				rows.add(record);
			}
		}
		catch (CsvParseException ex) {
			throw new AdviceReadException(this.name, null, "broken quoting: " + ex.getMessage(), ex);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new AdviceReadException(this.name, null, "cannot be read: " + ex.getMessage(), ex);
		}
		if (this.columns == null) {
			throw new AdviceReadException(this.name, null, "the file is empty: no header line");
		}
		if (!rows.isEmpty()) {
			advices.add(advice(rows, seen));
		}
		if (advices.isEmpty()) {
			throw new AdviceReadException(this.name, null, "the file holds a header but no advice");
		}
		return advices;
	}

	private CsvReader<CsvRecord> open() throws IOException {
		try {
			return CsvReader.builder()
				.fieldSeparator(this.separator = separator())
				.skipEmptyLines(true)
				.allowUnclosedQuote(false)
				.detectBomHeader(true)
				.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
				.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
				.ofCsvRecord(this.path, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException ex) {
			throw new AdviceReadException(this.name, null, "no such file", ex);
		}
	}

	/**
	 * The header line's separator; a comma when the line tells none (the header is then
	 * refused).
	 */
	private char separator() throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(this.path, StandardCharsets.UTF_8)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					char separator = AdviceFiles.separator(line);
					return (separator != 0) ? separator : ',';
				}
			}
			return ',';
		}
	}

	private Map<String, Integer> header(CsvRecord record) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < record.getFieldCount(); i++) {
			columns.putIfAbsent(record.getField(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = REQUIRED.stream().filter((column) -> !columns.containsKey(column)).toList();
		if (!missing.isEmpty()) {
			throw new AdviceReadException(this.name, "line " + record.getStartingLineNumber(),
					"the header lacks the column" + ((missing.size() > 1) ? "s " : " ") + String.join(", ", missing));
		}
		return columns;
	}

	/** One advice from its rows, once they are known to agree and add up. */
	private RemittanceAdvice advice(List<CsvRecord> rows, Set<String> seen) {
		CsvRecord first = rows.get(0);
		String key = field(first, ADVICE_ID);
		if (key.isEmpty()) {
			throw refused(first, "advice_id is empty");
		}
		if (!seen.add(key)) {
			throw refused(first,
					"advice " + key + " continues here after other advices: keep an advice's rows together");
		}
		for (CsvRecord row : rows) {
			for (String column : ADVICE_FIELDS) {
				if (!field(row, column).equals(field(first, column))) {
					throw refused(row, column + " '" + field(row, column) + "' differs from '" + field(first, column)
							+ "' on line " + first.getStartingLineNumber() + " of the same advice " + key);
				}
			}
		}
		Currency currency = currency(first);
		Money amount = amount(first, "advice_amount", currency, true);
		List<AdviceLine> lines = new ArrayList<>(rows.size());
		Money total = Money.zero(currency);
		for (CsvRecord row : rows) {
			AdviceLine line = line(row, currency);
			lines.add(line);
			total = total.plus(line.contribution());
		}
		CsvRecord last = rows.get(rows.size() - 1);
		if (total.amount().compareTo(amount.amount()) != 0) {
			throw refused(last,
					"the lines of advice " + key + " (lines " + first.getStartingLineNumber() + "-"
							+ last.getStartingLineNumber() + ") pay " + total + ", the advice says " + amount
							+ " (difference " + amount.minus(total) + ")");
		}
		String payerName = optional(first, "payer_name");
		String payerAccount = optional(first, "payer_account");
		String reference = optional(first, "payment_reference");
		String endToEnd = optional(first, "end_to_end_id");
		if (payerName == null && payerAccount == null && reference == null && endToEnd == null) {
			throw refused(first, "advice " + key + " names neither its payment (payment_reference, end_to_end_id) "
					+ "nor its payer (payer_name, payer_account): it cannot be linked");
		}
		return new RemittanceAdvice(key, first.getStartingLineNumber(), last.getStartingLineNumber(), payerName,
				payerAccount, reference, endToEnd, date(first), amount, lines);
	}

	private AdviceLine line(CsvRecord row, Currency currency) {
		String number = field(row, INVOICE_NUMBER);
		if (number.isEmpty()) {
			throw refused(row, "invoice_number is empty");
		}
		DocumentType type = documentType(row);
		Money paid = amount(row, PAID_AMOUNT, currency, true);
		Money deduction = amount(row, "deduction_amount", currency, false);
		if (type == DocumentType.CREDIT_NOTE && deduction != null && !deduction.isZero()) {
			throw refused(row, "a credit note takes no deduction");
		}
		return new AdviceLine(row.getStartingLineNumber(), type, number, paid, deduction,
				optional(row, "deduction_reason_code"), optional(row, "deduction_reason"));
	}

	private DocumentType documentType(CsvRecord row) {
		String type = field(row, "document_type").toLowerCase(Locale.ROOT);
		return switch (type) {
			case "", "invoice" -> DocumentType.INVOICE;
			case "credit_note" -> DocumentType.CREDIT_NOTE;
			default -> throw refused(row, "document_type '" + type + "' is neither invoice nor credit_note");
		};
	}

	private Currency currency(CsvRecord row) {
		String code = field(row, "currency").toUpperCase(Locale.ROOT);
		try {
			if (code.length() == 3) {
				return Currency.getInstance(code);
			}
		}
		catch (IllegalArgumentException ex) {
			// named below
		}
		throw refused(row, "currency '" + code + "' is not an ISO 4217 code");
	}

	/**
	 * An amount in the advice's currency, unsigned, with at most the currency's decimals:
	 * a cent more or less is a different advice, never rounded away.
	 */
	private Money amount(CsvRecord row, String column, Currency currency, boolean required) {
		String text = field(row, column);
		if (text.isEmpty()) {
			if (required) {
				throw refused(row, column + " is empty");
			}
			return null;
		}
		if (this.separator != ',' && THOUSANDS_ONLY.matcher(text).matches()) {
			throw refused(row,
					column + " " + text + " is ambiguous: thousands or decimals? (write 1000.00 or 1000,00)");
		}
		BigDecimal amount;
		try {
			amount = new BigDecimal(decimalPoint(text));
		}
		catch (NumberFormatException ex) {
			throw refused(row, column + " '" + text + "' is not an amount (write 1234.50)");
		}
		if (amount.signum() < 0) {
			throw refused(row, column + " " + text + " is negative: amounts are unsigned (a credit note is a row "
					+ "with document_type credit_note)");
		}
		if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
			throw refused(row, column + " " + text + " has more decimals than " + currency + " has");
		}
		return new Money(amount.setScale(currency.getDefaultFractionDigits()), currency);
	}

	/**
	 * A file separated by semicolons or tabs is often written with a decimal comma
	 * ({@code 1.234,50}): read as meant when nothing else can be meant, one or two digits
	 * after the comma; the advice's total confirms it.
	 */
	private String decimalPoint(String text) {
		if (this.separator != ',' && DECIMAL_COMMA.matcher(text).matches()) {
			return text.replace(".", "").replace(',', '.');
		}
		return text;
	}

	private LocalDate date(CsvRecord row) {
		String text = field(row, "payment_date");
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw refused(row, "payment_date '" + text + "' is not a date (write 2026-11-27)");
		}
	}

	private String optional(CsvRecord row, String column) {
		String value = field(row, column);
		return value.isEmpty() ? null : value;
	}

	/**
	 * The field in the named column, stripped; empty when the column or field is absent.
	 */
	private String field(CsvRecord row, String column) {
		Integer index = this.columns.get(column);
		return (index != null && index < row.getFieldCount()) ? row.getField(index).strip() : "";
	}

	private AdviceReadException refused(CsvRecord row, String problem) {
		return new AdviceReadException(this.name, "line " + row.getStartingLineNumber(), problem);
	}

}
