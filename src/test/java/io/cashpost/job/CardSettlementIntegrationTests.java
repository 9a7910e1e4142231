package io.cashpost.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three-way reconciliation end to end: invoices, an acquirer's settlement report, and the
 * bank statement that carries its payout.
 */
@CashpostIntegrationTest
class CardSettlementIntegrationTests {

	static final Path SAMPLES = Path.of("sample-files");

	static final Path ADYEN = SAMPLES.resolve("settlement/1-adyen-settlement-details-batch-412.csv");

	static final Path STRIPE = SAMPLES.resolve("settlement/2-stripe-payout-reconciliation-2026-11-26.csv");

	static final Path BANK = SAMPLES.resolve("settlement/3-bank-payouts-2026-11-27.camt053.001.02.xml");

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.cashpost.exceptionqueue.ExceptionResolution resolution;

	@TempDir
	Path dir;

	@BeforeEach
	void invoices() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(SAMPLES.resolve("invoices.csv"));
	}

	@Test
	void adyenReportThenItsPayoutOnTheBank() {
		FileOutcome report = this.pipeline.ingest(ADYEN);
		assertThat(report.processed()).as(report.summaryLine()).isTrue();

		// Both card sales settle their CHF invoices at gross; the unknown web order
		// waits.
		assertThat(openAmount("INV-2026-1027")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-2026-1017")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("select reason from exception_item").query(String.class).list())
			.containsExactly("unknown_payer");
		// Fees by kind, out of the clearing, to the cent.
		assertThat(balance("6856:markup", "EUR")).isEqualByComparingTo("23.04");
		assertThat(balance("6856:scheme", "EUR")).isEqualByComparingTo("11.52");
		assertThat(balance("6856:interchange", "EUR")).isEqualByComparingTo("34.57");
		assertThat(balance("6856:commission", "EUR")).isEqualByComparingTo("0.29");
		assertThat(balance("6856:other", "EUR")).isEqualByComparingTo("1.85");
		// The CHF sales were converted into EUR: the CHF clearing is square, the EUR one
		// holds the batch's net until the payout.
		assertThat(balance("1361:adyen", "CHF")).isEqualByComparingTo("0");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("11539.38");
		// The conversion: CHF 10840.00 in, EUR 11520.75 (gross at Adyen's rate, net +
		// fees) out.
		assertThat(balance("1369:adyen", "CHF")).isEqualByComparingTo("10840.00");
		assertThat(balance("1369:adyen", "EUR")).isEqualByComparingTo("-11520.75");
		assertThat(batchStatus("412")).isEqualTo("awaiting_payout");

		FileOutcome bank = this.pipeline.ingest(BANK);
		assertThat(bank.processed()).as(bank.summaryLine()).isTrue();

		assertThat(batchStatus("412")).isEqualTo("paid");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("0");
		Map<String, Object> paidBy = this.jdbc.sql("""
				select t.entry_ref, t.amount from settlement_batch b
				  join bank_transaction t on t.transaction_id = b.bank_transaction_id
				 where b.batch_ref = '412'
				""").query().singleRow();
		assertThat(paidBy.get("entry_ref")).isEqualTo("SGF261127000014");
		assertThat(balance("1200:DE75512108001245126199", "EUR")).isEqualByComparingTo("19307.98");
	}

	@Test
	void stripeReportThenItsPayoutFoundByDescriptorAmountAndDate() {
		FileOutcome report = this.pipeline.ingest(STRIPE);
		assertThat(report.processed()).as(report.summaryLine()).isTrue();

		// Paid by card in CHF, settled in EUR at Stripe's rate.
		assertThat(openAmount("INV-2026-1007")).isEqualByComparingTo("0");
		// The web order nobody could place was refunded the same day: its sale leaves
		// suspense with the refund, nothing is left for a person.
		assertThat(this.jdbc.sql("select reason || ':' || status from exception_item").query(String.class).list())
			.containsExactly("unknown_payer:resolved");
		assertThat(balance("1590", "EUR")).isEqualByComparingTo("0");
		assertThat(balance("6856:commission", "EUR")).isEqualByComparingTo("119.50");
		assertThat(balance("6856:other", "EUR")).isEqualByComparingTo("0.10");
		assertThat(balance("1361:stripe", "EUR")).isEqualByComparingTo("7768.60");

		this.pipeline.ingest(BANK);

		assertThat(batchStatus("po_1QDemoXk2Lm8Np4R")).isEqualTo("paid");
		assertThat(balance("1361:stripe", "EUR")).isEqualByComparingTo("0");
		assertThat(balance("1361:stripe", "CHF")).isEqualByComparingTo("0");
	}

	@Test
	void payPalSettlementReportThenItsWithdrawalOnTheBank() throws IOException {
		this.invoices.importFile(Files.writeString(this.dir.resolve("paypal-invoices.csv"), """
				invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date
				INV-P-1,C-P1,Cindy Lou Who,EUR,500.00,2026-11-01,2026-12-01
				INV-P-2,C-P2,Max Mustermann,EUR,120.00,2026-11-01,2026-12-01
				"""));
		Path report = Files.copy(resourcePath("STL-20261124.01.010.CSV"), this.dir.resolve("STL-20261124.01.010.CSV"));

		FileOutcome outcome = this.pipeline.ingest(report);

		assertThat(outcome.processed()).as(outcome.summaryLine()).isTrue();
		assertThat(openAmount("INV-P-1")).isEqualByComparingTo("0");
		// Paid, then refunded the same day: the refund reverses the sale, the invoice is
		// open again.
		assertThat(openAmount("INV-P-2")).isEqualByComparingTo("120.00");
		assertThat(balance("1361:paypal", "EUR")).isEqualByComparingTo("484.22");
		assertThat(balance("6856:commission", "EUR")).isEqualByComparingTo("15.78");

		this.pipeline.ingest(CamtStatementBuilder.statement("PP-1")
			.creditWithText("PP-B1", "484.22", "PayPal Europe S.a r.l. et Cie S.C.A.", "PAYPAL PPWD2026112401")
			.writeTo(this.dir, "bank-paypal.xml"));

		assertThat(batchStatus("2026-11-24")).isEqualTo("paid");
		assertThat(balance("1361:paypal", "EUR")).isEqualByComparingTo("0");
	}

	@Test
	void aChargebackReopensItsInvoiceAndItsReversalSettlesItAgain() {
		this.pipeline.ingest(adyen("batch-501.csv", "501", row("8816000000000001", "INV-2026-1002", "Settled",
				"8816000000000101", "", "4780.50", "", "4763.77", "16.73"), payout("501", "4763.77")));
		assertThat(openAmount("INV-2026-1002")).isEqualByComparingTo("0");

		this.pipeline.ingest(adyen("batch-502.csv", "502", row("8816000000000001", "INV-2026-1002", "Chargeback",
				"8816000000000202", "4780.50", "", "4795.50", "", "15.00"), payout("502", "-4795.50")));
		assertThat(openAmount("INV-2026-1002")).isEqualByComparingTo("4780.50");
		assertThat(allocationStatuses("INV-2026-1002")).containsExactly("reversed");
		assertThat(balance("6856:commission", "EUR")).isEqualByComparingTo("31.73");

		this.pipeline.ingest(adyen("batch-503.csv", "503", row("8816000000000001", "INV-2026-1002",
				"ChargebackReversed", "8816000000000303", "", "4780.50", "", "4780.50", ""), payout("503", "4780.50")));
		assertThat(openAmount("INV-2026-1002")).isEqualByComparingTo("0");
		assertThat(allocationStatuses("INV-2026-1002")).containsExactly("reversed", "posted");
		// Every batch's payout is still awaited: the clearing holds their net.
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("4748.77");
	}

	@Test
	void aPayoutThatNeverArrivesIsQueuedAsMissing() {
		this.pipeline.ingest(adyen("batch-301.csv", "301", row("8816000000000009", "INV-2026-1005", "Settled",
				"8816000000000901", "", "356.90", "", "355.65", "1.25"), payout("301", "355.65")));

		List<Map<String, Object>> items = this.jdbc.sql("""
				select e.reason, e.detail, t.amount, t.entry_status, f.file_name
				  from exception_item e
				  join bank_transaction t on t.transaction_id = e.bank_transaction_id
				  join statement_file f on f.file_id = t.file_id
				""").query().listOfRows();
		assertThat(items).singleElement().satisfies((item) -> {
			assertThat(item.get("reason")).isEqualTo("missing_payout");
			assertThat((String) item.get("detail"))
				.startsWith("adyen batch 301 (EUR 355.65, TX99301XT batch 301, Shop) was to be paid out on 2025-06-02");
			assertThat(item.get("entry_status")).isEqualTo("INFO");
			assertThat(item.get("file_name")).isEqualTo("batch-301.csv");
		});
		assertThat(batchStatus("301")).isEqualTo("awaiting_payout");

		// It turns up after all: the batch is paid and the exception closed by Cashpost.
		this.pipeline.ingest(CamtStatementBuilder.statement("LATE-1")
			.creditWithText("L-1", "355.65", "Adyen N.V.", "TX99301XT batch 301, Shop")
			.writeTo(this.dir, "late.xml"));
		assertThat(batchStatus("301")).isEqualTo("paid");
		assertThat(this.jdbc.sql("select status from exception_item where reason = 'missing_payout'")
			.query(String.class)
			.single()).isEqualTo("resolved");
	}

	@Test
	void anAcquirersCreditNoReportExplainsIsQueuedUntilItsReportComes() {
		this.pipeline.ingest(CamtStatementBuilder.statement("EARLY-1")
			.creditWithText("E-1", "355.65", "Adyen N.V.", "TX99777XT batch 777, Shop")
			.writeTo(this.dir, "early.xml"));

		Map<String, Object> item = this.jdbc.sql("select reason, status, suspense_entry_id from exception_item")
			.query()
			.singleRow();
		assertThat(item).containsEntry("reason", "orphan_acquirer_credit").containsEntry("status", "open");
		assertThat(item.get("suspense_entry_id")).isNull();
		assertThat(balance("1200:DE75512108001245126199", "EUR")).isEqualByComparingTo("355.65");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("-355.65");

		this.pipeline.ingest(adyen("batch-777.csv", "777", row("8816000000000777", "INV-2026-1005", "Settled",
				"8816000000077701", "", "356.90", "", "355.65", "1.25"), payout("777", "355.65")));

		assertThat(batchStatus("777")).isEqualTo("paid");
		assertThat(this.jdbc.sql("select status from exception_item where reason = 'orphan_acquirer_credit'")
			.query(String.class)
			.single()).isEqualTo("resolved");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("0");
	}

	@Test
	void overlappingReportsNeverPostARowTwice() throws IOException {
		this.pipeline.ingest(ADYEN);
		int entries = count("journal_entry");
		int allocations = count("allocation");
		StringBuilder again = new StringBuilder();
		List<String> lines = Files.readAllLines(ADYEN);
		for (int i = 0; i < lines.size(); i++) {
			again.append(lines.get(i)).append((i == 0) ? ",Metadata" : ",{}").append('\n');
		}

		FileOutcome outcome = this.pipeline.ingest(Files.writeString(this.dir.resolve("adyen-412-again.csv"), again));

		assertThat(outcome.processed()).isTrue();
		assertThat(outcome.entries()).isZero();
		assertThat(count("journal_entry")).isEqualTo(entries);
		assertThat(count("allocation")).isEqualTo(allocations);
	}

	@Test
	void aRowNoRulePostsIsHeldInSuspenseForAPerson() {
		this.pipeline.ingest(adyen("batch-601.csv", "601",
				row("8816000000000601", "INV-2026-1005", "Settled", "8816000000060101", "", "356.90", "", "355.65",
						"1.25"),
				String.join(",", "Co", "Shop", "", "", "", "2025-06-01 12:00:00", "CET", "ReserveSweep", "Sweep 7", "",
						"", "", "", "EUR", "5.00", "", "", "", "", "", "{batch}"),
				payout("601", "350.65")));

		Map<String, Object> item = this.jdbc.sql("""
				select e.exception_id, e.reason, e.detail, e.suspense_entry_id, t.amount
				  from exception_item e join bank_transaction t on t.transaction_id = e.bank_transaction_id
				 where e.reason <> 'missing_payout'
				""").query().singleRow();
		assertThat(item.get("reason")).isEqualTo("unexplained_settlement_row");
		assertThat((String) item.get("detail"))
			.startsWith("adyen ReserveSweep (line 3 of batch 601) is a record type Cashpost does not know: EUR -5.00");
		assertThat(item.get("suspense_entry_id")).isNotNull();
		assertThat(balance("1590", "EUR")).isEqualByComparingTo("5.00");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("350.65");

		this.resolution.resolve(((Number) item.get("exception_id")).longValue(),
				new io.cashpost.exceptionqueue.Resolution.NonReceivable("4970"), "a.treasurer");

		assertThat(balance("1590", "EUR")).isEqualByComparingTo("0");
		assertThat(balance("4970", "EUR")).isEqualByComparingTo("5.00");
	}

	@Test
	void aRefundOfASaleCashpostNeverPostedWaitsInSuspense() {
		this.pipeline.ingest(adyen("batch-701.csv", "701",
				row("8816000000000099", "ORDER-OLD-1", "Refunded", "8816000000009901", "50.00", "", "50.00", "", ""),
				row("8816000000000701", "INV-2026-1008", "Settled", "8816000000070101", "", "615.40", "", "613.20",
						"2.20"),
				payout("701", "563.20")));

		Map<String, Object> item = this.jdbc.sql("""
				select e.reason, e.detail, e.suspense_entry_id from exception_item e where e.reason = 'reversal'
				""").query().singleRow();
		assertThat((String) item.get("detail"))
			.startsWith("adyen takes back EUR 50.00, but the sale it reverses is " + "not known");
		assertThat(item.get("suspense_entry_id")).isNotNull();
		// The acquirer took the money back all the same: suspense holds it as a debit.
		assertThat(balance("1590", "EUR")).isEqualByComparingTo("50.00");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("563.20");
		assertThat(openAmount("INV-2026-1008")).isEqualByComparingTo("0");
	}

	private static final String ADYEN_HEADER = "Company Account,Merchant Account,Psp Reference,Merchant Reference,"
			+ "Payment Method,Creation Date,TimeZone,Type,Modification Reference,Gross Currency,Gross Debit (GC),"
			+ "Gross Credit (GC),Exchange Rate,Net Currency,Net Debit (NC),Net Credit (NC),Commission (NC),Markup (NC),"
			+ "Scheme Fees (NC),Interchange (NC),Batch Number\n";

	/** An Adyen report of one batch in EUR, created in June 2025. */
	private Path adyen(String name, String batch, String... rows) {
		StringBuilder report = new StringBuilder(ADYEN_HEADER);
		for (String row : rows) {
			report.append(row.replace("{batch}", batch)).append('\n');
		}
		try {
			return Files.writeString(this.dir.resolve(name), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String row(String psp, String reference, String type, String modification, String grossDebit,
			String grossCredit, String netDebit, String netCredit, String commission) {
		return String.join(",", "Co", "Shop", psp, reference, "visa", "2025-06-01 10:00:00", "CET", type, modification,
				"EUR", grossDebit, grossCredit, "1", "EUR", netDebit, netCredit, commission, "", "", "", "{batch}");
	}

	/** The batch's payout: a negative amount is a batch that owes the acquirer. */
	private static String payout(String batch, String amount) {
		boolean owes = amount.startsWith("-");
		return String.join(",", "Co", "Shop", "", "", "", "2025-06-02 01:00:00", "CET", "MerchantPayout",
				"\"TX99" + batch + "XT batch " + batch + ", Shop\"", "", "", "", "", "EUR", owes ? "" : amount,
				owes ? amount.substring(1) : "", "", "", "", "", "{batch}");
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private List<String> allocationStatuses(String invoice) {
		return this.jdbc.sql("""
				select a.status from allocation a join invoice i on i.invoice_id = a.invoice_id
				 where i.invoice_number = :n order by a.allocation_id
				""").param("n", invoice).query(String.class).list();
	}

	private static Path resourcePath(String name) {
		try {
			return Path.of(CardSettlementIntegrationTests.class.getResource("/io/cashpost/settlement/" + name).toURI());
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private BigDecimal openAmount(String invoice) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :n")
			.param("n", invoice)
			.query(BigDecimal.class)
			.single();
	}

	private String batchStatus(String batch) {
		return this.jdbc.sql("select status from settlement_batch where batch_ref = :b")
			.param("b", batch)
			.query(String.class)
			.single();
	}

	/** Debits less credits on the account (with its sub-account) in the currency. */
	private BigDecimal balance(String account, String currency) {
		return this.jdbc.sql("""
				select coalesce(sum(l.debit) - sum(l.credit), 0)
				  from journal_line l join journal_entry e on e.journal_entry_id = l.journal_entry_id
				 where l.account_code = :account and e.currency = :currency
				""").param("account", account).param("currency", currency).query(BigDecimal.class).single();
	}

}
