package io.cashpost.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class InvoiceCsvReaderTests {

	private static final String HEADER = "invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,"
			+ "open_amount,discount_percent,discount_until,customer_iban,payment_reference";

	private static final String GOOD = "INV-1,C-1,Acme GmbH,EUR,1250.00,2026-09-15,2026-10-15,,,,,";

	@TempDir
	Path dir;

	@Test
	void readsTheSampleFile() {
		InvoiceFileCheck check = check(Path.of("sample-files/invoices.csv"));
		check.throwIfInvalid();
		assertThat(check.rows()).isEqualTo(43);
		assertThat(check.customers()).isEqualTo(11);
		assertThat(check.customerAccounts()).isEqualTo(8);
		InvoiceRow first = rows(Path.of("sample-files/invoices.csv")).get(0);
		assertThat(first).isEqualTo(
				new InvoiceRow(2, "INV-2026-1001", "C-1001", "Müller Maschinenbau GmbH", Currency.getInstance("EUR"),
						new BigDecimal("1250.00"), new BigDecimal("1250.00"), LocalDate.of(2026, 9, 15),
						LocalDate.of(2026, 10, 15), null, null, "DE89370400440532013000", "RF9826001001"));
		assertThat(first.numberKey()).isEqualTo("INV20261001");
		assertThat(first.referenceKey()).isEqualTo("RF9826001001");
	}

	@Test
	void columnsComeInAnyOrderUnknownOnesAreIgnoredAndOptionalOnesMayBeAbsent() throws IOException {
		Path csv = write("Due_Date,notes,amount,currency,customer_name,customer_id,invoice_number,issue_date\n"
				+ "2026-10-15,call first,99.90,CHF,Alpine AG,C-7,A-7,2026-09-15\n");
		InvoiceRow row = rows(csv).get(0);
		assertThat(row.invoiceNumber()).isEqualTo("A-7");
		assertThat(row.customerName()).isEqualTo("Alpine AG");
		assertThat(row.currency()).isEqualTo(Currency.getInstance("CHF"));
		assertThat(row.amount()).isEqualByComparingTo("99.90");
		assertThat(row.openAmount()).isEqualTo(row.amount());
		assertThat(row.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(row.paymentReference()).isNull();
		assertThat(row.referenceKey()).isNull();
		assertThat(row.documentType()).isEqualTo("invoice");
	}

	@Test
	void aCreditNoteIsNamedByItsDocumentTypeItsAmountsStayPositive() throws IOException {
		Path csv = write("invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,document_type\n"
				+ "INV-7,C-7,Alpine AG,CHF,99.90,2026-09-15,2026-10-15,\n"
				+ "CN-7,C-7,Alpine AG,CHF,20.00,2026-09-20,2026-09-20, Credit_Note \n");
		List<InvoiceRow> rows = rows(csv);
		assertThat(rows).extracting(InvoiceRow::documentType).containsExactly("invoice", "credit_note");
		assertThat(rows.get(1).amount()).isEqualByComparingTo("20.00");
	}

	@Test
	void refusesADocumentTypeItDoesNotKnow() throws IOException {
		Path csv = write("invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,document_type\n"
				+ "DN-7,C-7,Alpine AG,CHF,20.00,2026-09-20,2026-09-20,debit_note\n");
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(2, "document_type 'debit_note' must be invoice or credit_note"));
	}

	@Test
	void readsQuotedValuesAByteOrderMarkAndNormalisesTheAccount() throws IOException {
		Path csv = write("\uFEFF" + HEADER + "\r\n" + "\"INV-2\",C-2,\"Smith, \"\"Junior\"\"\nand Sons\",EUR,"
				+ "\"1250.00\",2026-09-15,2026-10-15,1000.00,2.5,2026-09-25,de89 3704 0044 0532 0130 00, RF98 2600 1001 \r\n"
				+ GOOD + "\r\n");
		List<InvoiceRow> rows = rows(csv);
		InvoiceRow row = rows.get(0);
		assertThat(row.customerName()).isEqualTo("Smith, \"Junior\"\nand Sons");
		assertThat(row.openAmount()).isEqualByComparingTo("1000.00");
		assertThat(row.discountPercent()).isEqualByComparingTo("2.5");
		assertThat(row.discountUntil()).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(row.customerAccount()).isEqualTo("DE89370400440532013000");
		assertThat(row.paymentReference()).isEqualTo("RF98 2600 1001");
		assertThat(row.referenceKey()).isEqualTo("RF9826001001");
		assertThat(rows.get(1).line()).isEqualTo(4);
	}

	@Test
	void acceptsAsManyDecimalPlacesAsTheCurrencyHas() throws IOException {
		Path csv = write(HEADER + "\nJ-1,C-1,Tanaka KK,JPY,150000,2026-09-15,2026-10-15,,,,,\n"
				+ "B-1,C-2,Gulf Trading,BHD,12.345,2026-09-15,2026-10-15,,,,,\n");
		assertThat(rows(csv)).extracting(InvoiceRow::amount)
			.containsExactly(new BigDecimal("150000"), new BigDecimal("12.345"));
	}

	static Stream<Arguments> badValues() {
		return Stream.of(Arguments.of("invoice_number", "", "invoice_number is missing"),
				Arguments.of("invoice_number", "--", "invoice_number '--' has no letters or digits"),
				Arguments.of("customer_id", " ", "customer_id is missing"),
				Arguments.of("customer_name", "", "customer_name is missing"),
				Arguments.of("currency", "", "currency is missing"),
				Arguments.of("currency", "EUX", "currency 'EUX' is not an ISO 4217 currency code"),
				Arguments.of("currency", "XAU", "currency 'XAU' is not an ISO 4217 currency code"),
				Arguments.of("amount", "", "amount is missing"),
				Arguments.of("amount", "abc", "amount 'abc' is not a decimal number like 1234.56"),
				Arguments.of("amount", "1.234,56", "amount '1.234,56' is not a decimal number like 1234.56"),
				Arguments.of("amount", "1,234.56", "amount '1,234.56' is not a decimal number like 1234.56"),
				Arguments.of("amount", "1e3", "amount '1e3' is not a decimal number like 1234.56"),
				Arguments.of("amount", ".50", "amount '.50' is not a decimal number like 1234.56"),
				Arguments.of("amount", "1.234", "amount '1.234' has 3 decimal places but EUR has 2"),
				Arguments.of("amount", "1234567890123456", "amount '1234567890123456' is too large"),
				Arguments.of("amount", "0.00", "amount '0.00' must be greater than zero"),
				Arguments.of("amount", "-5.00", "amount '-5.00' must be greater than zero"),
				Arguments.of("open_amount", "-0.01", "open_amount '-0.01' must not be negative"),
				Arguments.of("open_amount", "1250.01", "open_amount '1250.01' is greater than amount '1250.00'"),
				Arguments.of("open_amount", "12,50", "open_amount '12,50' is not a decimal number like 1234.56"),
				Arguments.of("issue_date", "15.09.2026",
						"issue_date '15.09.2026' is not a valid ISO-8601 date (yyyy-mm-dd)"),
				Arguments.of("due_date", "2026-02-30",
						"due_date '2026-02-30' is not a valid ISO-8601 date (yyyy-mm-dd)"),
				Arguments.of("due_date", "2026-09-14", "due_date 2026-09-14 is before issue_date 2026-09-15"),
				Arguments.of("discount_until", "2026-09-25", "discount_until is set without discount_percent"),
				Arguments.of("customer_iban", "DE00370400440532013000",
						"customer_iban 'DE00370400440532013000' fails the IBAN check digits"),
				Arguments.of("customer_iban", "DE89-3704",
						"customer_iban 'DE89-3704' is not an account number (letters and digits, at most 34)"),
				Arguments.of("payment_reference", "RF99 2600 1001",
						"payment_reference 'RF99 2600 1001' fails the ISO 11649 check digits"));
	}

	@ParameterizedTest(name = "{0} ''{1}''")
	@MethodSource("badValues")
	void refusesABadValueNamingItsLine(String column, String value, String problem) throws IOException {
		Path csv = write(HEADER + "\nINV-0,C-1,Acme GmbH,EUR,10.00,2026-09-01,2026-09-30,,,,,\n"
				+ row(Map.of(column, value)) + "\n");
		assertThat(failure(csv).problems()).containsExactly(new InvoiceProblem(3, problem));
	}

	static Stream<Arguments> badDiscounts() {
		return Stream.of(Arguments.of("100", "discount_percent '100' must be at least 0 and below 100"),
				Arguments.of("-1", "discount_percent '-1' must be at least 0 and below 100"),
				Arguments.of("2,5", "discount_percent '2,5' is not a decimal number like 1234.56"),
				Arguments.of("2.12345", "discount_percent '2.12345' has more than 4 decimal places"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badDiscounts")
	void refusesADiscountOutsideZeroToAHundred(String percent, String problem) throws IOException {
		Path csv = write(HEADER + "\n" + row(Map.of("discount_percent", percent, "discount_until", "2026-09-25")));
		assertThat(failure(csv).problems()).containsExactly(new InvoiceProblem(2, problem));
	}

	@Test
	void refusesADiscountWithoutItsLastDay() throws IOException {
		Path csv = write(HEADER + "\n" + row(Map.of("discount_percent", "2")));
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(2, "discount_percent is set without discount_until"));
	}

	@Test
	void refusesAnAmountWithMoreDecimalPlacesThanTheCurrency() throws IOException {
		Path csv = write(HEADER + "\n" + row(Map.of("currency", "JPY", "amount", "1500.00")));
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(2, "amount '1500.00' has 2 decimal places but JPY has 0"));
	}

	@Test
	void refusesTheSameInvoiceNumberTwice() throws IOException {
		Path csv = write(HEADER + "\n" + GOOD + "\n" + row(Map.of("customer_id", "C-2")) + "\n");
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(3, "invoice_number 'INV-1' appears again (first on line 2)"));
	}

	@Test
	void refusesTheSameCustomerUnderTwoNames() throws IOException {
		Path csv = write(
				HEADER + "\n" + GOOD + "\n" + row(Map.of("invoice_number", "INV-2", "customer_name", "ACME")) + "\n");
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(3, "customer_id 'C-1' is named 'ACME' here but 'Acme GmbH' on line 2"));
	}

	@Test
	void refusesARowWithMoreOrFewerFieldsThanTheHeader() throws IOException {
		Path csv = write(HEADER + "\n" + GOOD + ",extra\n" + "INV-2,C-1\n");
		assertThat(failure(csv).problems()).extracting(InvoiceProblem::line, InvoiceProblem::problem)
			.containsExactly(tuple(2L, "13 fields where the header has 12 (quote a value that holds a comma)"),
					tuple(3L, "2 fields where the header has 12 (quote a value that holds a comma)"));
	}

	@Test
	void refusesAHeaderWithoutARequiredColumn() throws IOException {
		Path csv = write(
				"invoice_number,customer_id,customer_name,currency,issue_date\nINV-1,C-1,Acme,EUR,2026-09-15\n");
		assertThatExceptionOfType(InvoiceFileException.class).isThrownBy(() -> InvoiceCsvReader.open(csv))
			.withMessage("invoices.csv line 1: the header lacks the required column(s) amount, due_date");
	}

	@Test
	void refusesAHeaderWithAColumnTwice() throws IOException {
		Path csv = write(HEADER + ",Amount\n");
		assertThatExceptionOfType(InvoiceFileException.class).isThrownBy(() -> InvoiceCsvReader.open(csv))
			.withMessage("invoices.csv line 1: column 'amount' appears twice in the header");
	}

	@Test
	void refusesAnEmptyFile() throws IOException {
		Path csv = write("");
		assertThatExceptionOfType(InvoiceFileException.class).isThrownBy(() -> InvoiceCsvReader.open(csv))
			.withMessage("invoices.csv: the file is empty: expected a header row naming the columns");
	}

	@Test
	void refusesAMissingFileNamingItsPath() {
		Path missing = this.dir.resolve("nowhere.csv");
		assertThatExceptionOfType(InvoiceFileException.class).isThrownBy(() -> InvoiceCsvReader.open(missing))
			.withMessage(missing + ": no such file");
	}

	@Test
	void aQuoteNeverClosedEndsTheCheckAfterTheProblemsBeforeIt() throws IOException {
		Path csv = write(HEADER + "\n" + row(Map.of("amount", "x")) + "\n" + GOOD.replace("Acme GmbH", "\"Acme")
				+ "\nINV-3,C-1,Acme GmbH,EUR,1.00,2026-09-15,2026-10-15,,,,,\n");
		assertThat(failure(csv).problems()).containsExactly(
				new InvoiceProblem(2, "amount 'x' is not a decimal number like 1234.56"),
				new InvoiceProblem(3, "a quoted field opened here is never closed"));
	}

	@Test
	void refusesAFileThatIsNotUtf8() throws IOException {
		Path csv = this.dir.resolve("invoices.csv");
		byte[] latin1 = (HEADER + "\n" + GOOD.replace("Acme GmbH", "Müller") + "\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		Files.write(csv, latin1);
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(2, "not UTF-8 text (save the file as UTF-8)"));
	}

	@Test
	void countsLinesOfQuotedLineBreaksWhenNamingABadRow() throws IOException {
		Path csv = write(HEADER + "\n" + GOOD.replace("Acme GmbH", "\"Acme\nGmbH\"") + "\n"
				+ row(Map.of("invoice_number", "INV-2", "customer_name", "Acme\nGmbH", "amount", "x")) + "\n");
		assertThat(failure(csv).problems())
			.containsExactly(new InvoiceProblem(4, "amount 'x' is not a decimal number like 1234.56"));
	}

	@Test
	void theMessageStartsWithTheFirstProblemAndCountsTheOthers() throws IOException {
		Path csv = write(HEADER + "\n" + GOOD + "\n" + row(Map.of("invoice_number", "INV-2", "amount", "abc")) + "\n"
				+ row(Map.of("invoice_number", "INV-3", "currency", "EUX", "due_date", "tomorrow")) + "\n");
		InvoiceFileException failure = failure(csv);
		assertThat(failure.getMessage()).isEqualTo("""
				invoices.csv line 3: amount 'abc' is not a decimal number like 1234.56 (and 2 more problems)
				invoices.csv line 3: amount 'abc' is not a decimal number like 1234.56
				invoices.csv line 4: currency 'EUX' is not an ISO 4217 currency code
				invoices.csv line 4: due_date 'tomorrow' is not a valid ISO-8601 date (yyyy-mm-dd)""");
		assertThat(failure.total()).isEqualTo(3);
	}

	@Test
	void listsTheFirstTwentyProblemsAndCountsAll() throws IOException {
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 25; i++) {
			csv.append(row(Map.of("invoice_number", "INV-" + i, "amount", "x"))).append('\n');
		}
		InvoiceFileException failure = failure(write(csv.toString()));
		assertThat(failure.problems()).hasSize(InvoiceFileCheck.LISTED);
		assertThat(failure.total()).isEqualTo(25);
		assertThat(failure.getMessage()).startsWith("invoices.csv line 2: amount 'x' is not a decimal number")
			.contains("(and 24 more problems)")
			.endsWith("5 more not listed");
	}

	/** The good row with some values replaced; quoted where the value needs it. */
	private static String row(Map<String, String> replaced) {
		String[] columns = HEADER.split(",");
		String[] values = GOOD.split(",", -1);
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columns.length; i++) {
			row.put(columns[i], values[i]);
		}
		row.putAll(replaced);
		List<String> fields = new ArrayList<>();
		for (String value : row.values()) {
			boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
			fields.add(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
		}
		return String.join(",", fields);
	}

	private Path write(String csv) throws IOException {
		return Files.writeString(this.dir.resolve("invoices.csv"), csv);
	}

	private static InvoiceFileCheck check(Path csv) {
		try (InvoiceCsvReader reader = InvoiceCsvReader.open(csv)) {
			return new InvoiceFileCheck(reader.file()).readAll(reader);
		}
	}

	private static InvoiceFileException failure(Path csv) {
		InvoiceFileCheck check = check(csv);
		return catchThrowableOfType(InvoiceFileException.class, check::throwIfInvalid);
	}

	private static List<InvoiceRow> rows(Path csv) {
		check(csv).throwIfInvalid();
		List<InvoiceRow> rows = new ArrayList<>();
		try (InvoiceCsvReader reader = InvoiceCsvReader.open(csv)) {
			for (InvoiceCsvRow row = reader.read(); row != null; row = reader.read()) {
				rows.add((InvoiceRow) row);
			}
		}
		return rows;
	}

}
