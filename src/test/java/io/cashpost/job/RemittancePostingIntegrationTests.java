package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.CustomerBalance;
import io.cashpost.collection.CustomerBalances;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.Payment;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.money.Money;
import io.cashpost.posting.AllocationLine;
import io.cashpost.posting.AllocationReport;
import io.cashpost.posting.LedgerFixture;
import io.cashpost.posting.LedgerVerification;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A business customer's payment of twelve invoices with a remittance line per invoice,
 * one of them short with a reason, net of a credit note: the sample statement, posted.
 */
@CashpostIntegrationTest
class RemittancePostingIntegrationTests {

	static final Path STATEMENT = Path.of("sample-files/camt053/remittance-12-invoices-2026-12-01.camt053.001.08.xml");

	static final String[][] INVOICES = { { "INV-2026-2101", "18450.00" }, { "INV-2026-2102", "27390.50" },
			{ "INV-2026-2103", "9875.25" }, { "INV-2026-2104", "41200.00" }, { "INV-2026-2105", "12640.80" },
			{ "INV-2026-2106", "33015.00" }, { "INV-2026-2107", "7480.60" }, { "INV-2026-2108", "55300.00" },
			{ "INV-2026-2109", "21905.16" }, { "INV-2026-2110", "38760.00" }, { "INV-2026-2111", "16998.00" },
			{ "INV-2026-2112", "43000.00" } };

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	PaymentMatcher matcher;

	@Autowired
	DecisionWriter writer;

	@Autowired
	LedgerVerification verification;

	@Autowired
	CustomerBalances balances;

	@Autowired
	AllocationReport allocations;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture ledger;

	@BeforeEach
	void invoices() throws IOException {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		StringBuilder csv = new StringBuilder(
				"invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,document_type\n");
		for (String[] invoice : INVOICES) {
			csv.append(invoice[0])
				.append(",C-HOLL,Hollmann Elektrotechnik GmbH,EUR,")
				.append(invoice[1])
				.append(",2026-10-01,2026-11-30,\n");
		}
		csv.append("CN-2026-0457,C-HOLL,Hollmann Elektrotechnik GmbH,EUR,1250.00,2026-11-03,2026-11-03,credit_note\n");
		this.invoiceImport.importFile(Files.writeString(this.dir.resolve("invoices.csv"), csv));
	}

	@Test
	void twelveInvoicesOneShortWithItsReasonAndACreditNotePostInOneJournalEntry() {
		this.pipeline.ingest(STATEMENT);

		assertThat(this.ledger.count("""
				select count(distinct a.journal_entry_id) from allocation a
				 join bank_transaction t on t.transaction_id = a.bank_transaction_id
				 where t.entry_ref = 'PBK2612010004417'
				""")).isEqualTo(1);
		assertThat(this.ledger.count("select count(*) from allocation where status = 'posted'")).isEqualTo(13);
		for (String[] invoice : INVOICES) {
			assertThat(this.ledger.openAmount(invoice[0])).as(invoice[0])
				.isEqualByComparingTo(invoice[0].equals("INV-2026-2106") ? "100.00" : "0");
		}
		assertThat(this.ledger.paymentStatus("INV-2026-2106")).isEqualTo("partially_paid");
		assertThat(this.ledger.openAmount("CN-2026-0457")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("""
				select a.deduction_amount || ' ' || a.deduction_reason || ' ' || a.reason_code from allocation a
				  join invoice i on i.invoice_id = a.invoice_id where i.invoice_number = 'INV-2026-2106'
				""").query(String.class).single()).isEqualTo("100.0000 DAMG deduction");
		assertThat(this.ledger.count("select count(*) from allocation where deduction_amount > 0")).isEqualTo(1);
		List<AllocationLine> exported = new ArrayList<>();
		this.allocations.forEach(exported::add);
		assertThat(exported).filteredOn((line) -> line.deductionReason() != null).singleElement().satisfies((line) -> {
			assertThat(line.invoiceNumber()).isEqualTo("INV-2026-2106");
			assertThat(line.deductionAmount()).isEqualByComparingTo("100.00");
		});
		assertThat(this.jdbc.sql("""
				select a.credit_note_amount from allocation a join invoice i on i.invoice_id = a.invoice_id
				 where i.invoice_number = 'CN-2026-0457' and a.applied_amount = 0
				""").query(BigDecimal.class).single()).isEqualByComparingTo("1250.00");
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("324665.31");
		assertThat(this.ledger.balance("1400")).isEqualByComparingTo("-324665.31");
		assertThat(this.ledger.count("select count(*) from exception_item")).isZero();
		assertThat(this.verification.verify().disagreements()).isEmpty();
		assertThat(this.jdbc.sql("""
				select i.invoice_number || ' ' || d.amount || ' ' || d.reason_code || ' ' || d.status || ' ' || d.source
				  from dispute d join invoice i on i.invoice_id = d.invoice_id
				""").query(String.class).list()).as("a dispute for collectors")
			.singleElement()
			.satisfies((dispute) -> assertThat(dispute).startsWith("INV-2026-2106 100.0000 DAMG open remittance:"));
		assertThat(this.jdbc.sql("select text from dispute").query(String.class).single())
			.contains("Hollmann Elektrotechnik GmbH deducted EUR 100.00 from INV-2026-2106", "beschaedigt");
		assertThat(this.balances.all()).singleElement().satisfies((balance) -> {
			assertThat(balance.openAmount()).isEqualByComparingTo("100.00");
			assertThat(balance.unappliedCredit()).isEqualByComparingTo("0");
		});
	}

	@Test
	void aReturnOfThePaymentReopensTheInvoicesAndGivesTheCreditBack() {
		this.pipeline.ingest(STATEMENT);

		this.ledger.ingested("return.xml",
				LedgerFixture.credit("R1", 1, "-324665.31")
					.account("DE29100100100987654321")
					.endToEndId("ZA4500012345-0001")
					.reversal(true)
					.build());
		this.pipeline.matchAndPost();

		for (String[] invoice : INVOICES) {
			assertThat(this.ledger.openAmount(invoice[0])).as(invoice[0]).isEqualByComparingTo(invoice[1]);
		}
		assertThat(this.ledger.openAmount("CN-2026-0457")).isEqualByComparingTo("1250.00");
		assertThat(this.ledger.count("select count(*) from allocation where status = 'reversed'")).isEqualTo(13);
		assertThat(this.ledger.balance("1400")).isEqualByComparingTo("0");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void linesThatDoNotAddUpAreReferredToSuspenseWithEveryLineAsASuggestion() {
		List<RemittanceLine> lines = new ArrayList<>();
		for (String[] invoice : List.of(INVOICES).subList(0, 4)) {
			lines.add(new RemittanceLine(List.of(new ReferredDocument(invoice[0], DocumentType.INVOICE, "CINV", null)),
					null, null, null, null, List.of(), Money.of(invoice[1], "EUR"), null, List.of()));
		}
		this.ledger.ingested("short.xml",
				LedgerFixture.credit("S1", 1, "96915.74")
					.debtorName("Hollmann Elektrotechnik GmbH")
					.remittance(new RemittanceInfo(List.of(), null,
							lines.stream().map(RemittanceLine::documentNumber).toList(), lines))
					.build());

		this.pipeline.matchAndPost();

		assertThat(this.ledger.exceptionReason("S1-1")).isEqualTo("remittance_mismatch");
		assertThat(this.jdbc.sql("select jsonb_array_length(suggestions) from exception_item")
			.query(Integer.class)
			.single()).isEqualTo(4);
		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("-96915.74");
		assertThat(this.ledger.count("select count(*) from allocation")).isZero();
		assertThat(this.ledger.openAmount("INV-2026-2101")).isEqualByComparingTo("18450.00");
	}

	@Test
	void anUnusedCreditNoteIsTheCustomersUnappliedCreditAndNoOpenInvoice() {
		List<CustomerBalance> before = this.balances.all();

		assertThat(before).singleElement().satisfies((balance) -> {
			assertThat(balance.openAmount()).isEqualByComparingTo("326015.31");
			assertThat(balance.unappliedCredit()).isEqualByComparingTo("1250.00");
		});
	}

	@Test
	void theChunkWrittenAgainAfterARollbackAndAfterItsCommitPostsOnceAndOpensTheDisputeOnce() {
		this.pipeline.stage(STATEMENT, "cli");
		this.matcher.refresh();
		List<MatchDecision> decisions = new ArrayList<>();
		PendingPaymentReader reader = new PendingPaymentReader(this.jdbc, 100, (page) -> {
		});
		for (Payment payment = reader.read(); payment != null; payment = reader.read()) {
			decisions.add(this.matcher.decide(payment));
		}
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
			this.writer.write(new Chunk<>(decisions));
			throw new IllegalStateException("the chunk's commit fails");
		}));
		transaction.executeWithoutResult((status) -> this.writer.write(new Chunk<>(decisions)));
		this.jdbc.sql("update bank_transaction set match_status = 'new'").update();
		transaction.executeWithoutResult((status) -> this.writer.write(new Chunk<>(decisions)));

		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'receipt'")).isEqualTo(1);
		assertThat(this.ledger.count("select count(*) from allocation")).isEqualTo(13);
		assertThat(this.ledger.openAmount("INV-2026-2106")).isEqualByComparingTo("100.00");
		assertThat(this.ledger.count("select count(*) from dispute")).as("opened once").isEqualTo(1);
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

}
