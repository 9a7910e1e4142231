package io.cashpost.invoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@CashpostIntegrationTest
class InvoiceImportIntegrationTests {

	private static final Path SAMPLE = Path.of("sample-files/invoices.csv");

	private static final String HEADER = "invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,"
			+ "open_amount,discount_percent,discount_until,customer_iban,payment_reference\n";

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void importsTheSampleFile() {
		ImportResult result = this.invoiceImport.importFile(SAMPLE);
		assertThat(result).isEqualTo(new ImportResult("invoices.csv", 11, 8, 43, 0, 0, 0));
		assertThat(count("customer")).isEqualTo(11);
		assertThat(count("invoice")).isEqualTo(43);
		assertThat(this.jdbc.sql("select invoice_number from invoice where document_type = 'credit_note'")
			.query(String.class)
			.list()).containsExactly("CN-2026-0457");
		assertThat(this.jdbc.sql("select source, count(*) from customer_account group by source")
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()).containsExactly(Map.entry("invoice_import", 8));
		Map<String, Object> invoice = invoice("INV-2026-1011");
		assertThat(invoice).containsEntry("number_key", "INV20261011")
			.containsEntry("customer_id", "C-1001")
			.containsEntry("currency", "EUR")
			.containsEntry("due_date", LocalDate.of(2026, 11, 4))
			.containsEntry("discount_until", LocalDate.of(2026, 10, 15))
			.containsEntry("payment_reference", "RF2226001011")
			.containsEntry("reference_key", "RF2226001011");
		assertThat((BigDecimal) invoice.get("amount")).isEqualByComparingTo("15890.00");
		assertThat((BigDecimal) invoice.get("open_amount")).isEqualByComparingTo("15890.00");
		assertThat((BigDecimal) invoice.get("discount_percent")).isEqualByComparingTo("2");
		assertThat(this.jdbc.sql("select name from customer where customer_id = 'C-1003'").query(String.class).single())
			.isEqualTo("Lefèvre & Fils SARL");
	}

	@Test
	void importingTheSameFileAgainChangesNothing() {
		this.invoiceImport.importFile(SAMPLE);
		List<Map<String, Object>> before = allInvoices();
		ImportResult again = this.invoiceImport.importFile(SAMPLE);
		assertThat(again).isEqualTo(new ImportResult("invoices.csv", 11, 8, 0, 0, 0, 43));
		assertThat(allInvoices()).isEqualTo(before);
		assertThat(count("customer")).isEqualTo(11);
		assertThat(count("customer_account")).isEqualTo(8);
	}

	@Test
	void updatesChangedInvoicesRenamesCustomersAndAddsNewOnes() throws IOException {
		this.invoiceImport.importFile(write(HEADER + "A-1,C-1,Acme,EUR,100.00,2026-09-01,2026-09-30,,,,,\n"
				+ "A-2,C-1,Acme,EUR,200.00,2026-09-01,2026-09-30,,,,,\n"));
		ImportResult result = this.invoiceImport
			.importFile(write(HEADER + "A-1,C-1,Acme GmbH,EUR,100.00,2026-09-01,2026-09-30,,,,,\n"
					+ "A-2,C-1,Acme GmbH,EUR,250.00,2026-09-01,2026-10-15,150.00,2,2026-09-10,,RF18 539007547034\n"
					+ "A-3,C-2,Beta,USD,30.00,2026-09-01,2026-09-30,,,,,\n"));
		assertThat(result).isEqualTo(new ImportResult("invoices.csv", 2, 0, 1, 1, 0, 1));
		Map<String, Object> changed = invoice("A-2");
		assertThat((BigDecimal) changed.get("amount")).isEqualByComparingTo("250.00");
		assertThat((BigDecimal) changed.get("open_amount")).isEqualByComparingTo("150.00");
		assertThat(changed).containsEntry("due_date", LocalDate.of(2026, 10, 15))
			.containsEntry("reference_key", "RF18539007547034");
		assertThat(this.jdbc.sql("select name from customer where customer_id = 'C-1'").query(String.class).single())
			.isEqualTo("Acme GmbH");
		assertThat(count("invoice")).isEqualTo(3);
	}

	@Test
	void aFileWithABadRowImportsNothingAndNamesTheLine() throws IOException {
		this.invoiceImport.importFile(SAMPLE);
		List<Map<String, Object>> before = allInvoices();
		Path bad = write(
				HEADER + "INV-2026-1001,C-1001,Müller Maschinenbau GmbH,EUR,9999.00,2026-09-15,2026-10-15,,,,,\n"
						+ "N-1,C-99,New Customer,EUR,10.00,2026-09-15,2026-10-15,,,,,\n"
						+ "N-2,C-99,New Customer,EUR,abc,2026-09-15,2026-10-15,,,,,\n");
		assertThatExceptionOfType(InvoiceFileException.class).isThrownBy(() -> this.invoiceImport.importFile(bad))
			.withMessage("invoices.csv line 4: amount 'abc' is not a decimal number like 1234.56");
		assertThat(allInvoices()).isEqualTo(before);
		assertThat(count("customer")).isEqualTo(11);
	}

	@Test
	void invoicesWithPostedCashKeepTheirAmountsAndTakeOnlyDescriptiveChanges() throws IOException {
		this.invoiceImport.importFile(write(HEADER + "A-1,C-1,Acme,EUR,1000.00,2026-09-01,2026-09-30,,,,,\n"));
		post("A-1", "400.00", "posted");
		ImportResult result = this.invoiceImport.importFile(write(HEADER
				+ "A-1,C-1,Acme,EUR,1200.00,2026-09-02,2026-10-31,1200.00,2,2026-09-15,," + "RF18539007547034\n"));
		assertThat(result).isEqualTo(new ImportResult("invoices.csv", 1, 0, 0, 0, 1, 0));
		Map<String, Object> kept = invoice("A-1");
		assertThat((BigDecimal) kept.get("amount")).isEqualByComparingTo("1000.00");
		assertThat((BigDecimal) kept.get("open_amount")).isEqualByComparingTo("600.00");
		assertThat(kept).containsEntry("issue_date", LocalDate.of(2026, 9, 1))
			.containsEntry("due_date", LocalDate.of(2026, 10, 31))
			.containsEntry("discount_until", LocalDate.of(2026, 9, 15))
			.containsEntry("reference_key", "RF18539007547034");
	}

	@Test
	void aReversedAllocationNoLongerKeepsTheErpFromChangingAmounts() throws IOException {
		this.invoiceImport.importFile(write(HEADER + "A-1,C-1,Acme,EUR,1000.00,2026-09-01,2026-09-30,,,,,\n"));
		post("A-1", "400.00", "reversed");
		ImportResult result = this.invoiceImport
			.importFile(write(HEADER + "A-1,C-1,Acme,EUR,1200.00,2026-09-01,2026-09-30,,,,,\n"));
		assertThat(result.invoicesUpdated()).isOne();
		assertThat((BigDecimal) invoice("A-1").get("open_amount")).isEqualByComparingTo("1200.00");
	}

	@Test
	void importsManyInvoicesInBatches() throws IOException {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 1; i <= 5_000; i++) {
			csv.append("N-%d,C-%d,Customer %d,EUR,%d.50,2026-09-01,2026-09-30,,,,DE89370400440532013000,\n".formatted(i,
					i % 100, i % 100, i));
		}
		ImportResult result = this.invoiceImport.importFile(write(csv.toString()));
		assertThat(result).isEqualTo(new ImportResult("invoices.csv", 100, 100, 5_000, 0, 0, 0));
		assertThat(count("invoice")).isEqualTo(5_000);
		assertThat(this.jdbc.sql("select min(invoice_id) from invoice where invoice_number = 'N-1'")
			.query(Long.class)
			.single()).isOne();
	}

	/**
	 * Posts cash against an invoice as posting does: a balanced journal entry, an
	 * allocation, the open amount reduced (unless the allocation is reversed, which gave
	 * it back); all in one statement, so the deferred balance check sees both lines.
	 */
	private void post(String invoiceNumber, String amount, String status) {
		this.jdbc
			.sql("""
					with inv as (
					    update invoice set open_amount = open_amount - case when :status = 'posted' then :amount else 0 end
					     where invoice_number = :invoiceNumber returning invoice_id, customer_id, currency),
					entry as (
					    insert into journal_entry (posting_key, kind, currency, posted_at)
					    select 'test-' || :invoiceNumber, 'receipt', currency, now() from inv returning journal_entry_id),
					lines as (
					    insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
					    select journal_entry_id, 1, 'cash', null, null, :amount, 0 from entry
					    union all
					    select journal_entry_id, 2, 'receivables', customer_id, invoice_id, 0, :amount from entry, inv)
					insert into allocation (journal_entry_id, invoice_id, customer_id, currency, applied_amount, rule,
					    confidence, status, posted_at)
					select journal_entry_id, invoice_id, customer_id, currency, :amount, 'test', 1, :status, now()
					  from entry, inv
					""")
			.param("invoiceNumber", invoiceNumber)
			.param("amount", new BigDecimal(amount))
			.param("status", status)
			.update();
	}

	private Path write(String csv) throws IOException {
		return Files.writeString(this.dir.resolve("invoices.csv"), csv);
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private Map<String, Object> invoice(String number) {
		return this.jdbc.sql("""
				select number_key, customer_id, currency, amount, open_amount, issue_date, due_date,
				       discount_percent, discount_until, payment_reference, reference_key
				  from invoice where invoice_number = :number
				""")
			.param("number", number)
			.query((rs, row) -> Map.<String, Object>ofEntries(Map.entry("number_key", rs.getString("number_key")),
					Map.entry("customer_id", rs.getString("customer_id")),
					Map.entry("currency", rs.getString("currency")), Map.entry("amount", rs.getBigDecimal("amount")),
					Map.entry("open_amount", rs.getBigDecimal("open_amount")),
					Map.entry("issue_date", rs.getObject("issue_date", LocalDate.class)),
					Map.entry("due_date", rs.getObject("due_date", LocalDate.class)),
					Map.entry("discount_percent", nullable(rs.getBigDecimal("discount_percent"))),
					Map.entry("discount_until", nullable(rs.getObject("discount_until", LocalDate.class))),
					Map.entry("payment_reference", nullable(rs.getString("payment_reference"))),
					Map.entry("reference_key", nullable(rs.getString("reference_key")))))
			.single();
	}

	private static Object nullable(Object value) {
		return (value != null) ? value : "";
	}

	private List<Map<String, Object>> allInvoices() {
		return this.jdbc.sql("select * from invoice order by invoice_id").query().listOfRows();
	}

}
