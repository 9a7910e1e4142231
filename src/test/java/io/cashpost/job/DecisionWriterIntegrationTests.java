package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.exceptionqueue.ExceptionResolution;
import io.cashpost.exceptionqueue.Resolution;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.posting.LedgerFixture;
import io.cashpost.posting.LedgerVerification;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cashpost.posting.LedgerFixture.paying;
import static io.cashpost.posting.LedgerFixture.returnOf;
import static io.cashpost.posting.LedgerFixture.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions of a real {@code matchAndPostJob} run carried out: suspense, duplicates,
 * returns.
 */
@CashpostIntegrationTest
class DecisionWriterIntegrationTests {

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	ExceptionResolution resolution;

	@Autowired
	LedgerVerification verification;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture ledger;

	@BeforeEach
	void invoices() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		this.ledger.importInvoices(this.invoiceImport, this.dir);
	}

	@Test
	void anUnidentifiedReceiptIsBookedToSuspenseAtOnceUnderItsSourceKey() {
		this.ledger.ingested("s1.xml", unidentified("S1", 1, "77.00"));

		this.pipeline.matchAndPost();

		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("77.00");
		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("-77.00");
		assertThat(this.ledger.exceptionReason("S1-1")).isEqualTo("unknown_payer");
		assertThat(this.ledger.count("""
				select count(*) from exception_item x
				  join journal_entry e on e.journal_entry_id = x.suspense_entry_id
				  join bank_transaction t on t.transaction_id = x.bank_transaction_id
				 where e.posting_key = t.source_key and e.kind = 'receipt'
				""")).isEqualTo(1);
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aReceiptReferredForAnyReasonIsInSuspenseToo() {
		this.ledger.ingested("s1.xml", paying("S1", 1, "300.00", "RF62INVD"));

		this.pipeline.matchAndPost();

		assertThat(this.ledger.exceptionReason("S1-1")).isEqualTo("currency_mismatch");
		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("-300.00");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void theSameMoneyFromAnotherFileIsNeverPostedTwice() {
		this.ledger.ingested("s1.xml", paying("S1", 1, "1000.00", "RF18539007547034"), unidentified("S1", 2, "77.00"));
		this.pipeline.matchAndPost();

		this.ledger.ingested("s1-again.xml", paying("S1", 1, "1000.00", "RF18539007547034"),
				unidentified("S1", 2, "77.00"));
		this.pipeline.matchAndPost();

		assertThat(this.ledger.count("select count(*) from journal_entry")).isEqualTo(2);
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("1077.00");
		assertThat(this.ledger.count("select count(*) from exception_item where reason = 'duplicate'")).isEqualTo(2);
		assertThat(this.ledger
			.count("select count(*) from exception_item where reason = 'duplicate' and suspense_entry_id is not null"))
			.isZero();
		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("0");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aReturnedPaymentReversesItsPostingAndTheInvoiceReopens() {
		this.ledger.ingested("s1.xml", paying("S1", 1, "1000.00", "RF18539007547034"));
		this.pipeline.matchAndPost();
		assertThat(this.ledger.paymentStatus("INV-A")).isEqualTo("paid");

		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S1", 1, "1000.00"));
		this.pipeline.matchAndPost();

		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("1000.00");
		assertThat(this.ledger.paymentStatus("INV-A")).isEqualTo("open");
		assertThat(this.ledger.count("select count(*) from allocation where status = 'reversed'")).isEqualTo(1);
		assertThat(this.ledger.count("""
				select count(*) from journal_entry r join journal_entry o on o.journal_entry_id = r.reverses_entry_id
				 where r.kind = 'reversal' and o.kind = 'receipt'
				""")).isEqualTo(1);
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("0");
		assertThat(this.ledger.balance("1400")).isEqualByComparingTo("0");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aReturnOfMoneyStillInSuspenseClosesItsException() {
		this.ledger.ingested("s1.xml", unidentified("S1", 1, "77.00"));
		this.pipeline.matchAndPost();

		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S1", 1, "77.00"));
		this.pipeline.matchAndPost();

		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("""
				select r.kind || '/' || e.status from exception_item e join exception_resolution r using (exception_id)
				""").query(String.class).single()).isEqualTo("returned/resolved");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aReturnOfMoneyAPersonPlacedReversesTheResolutionToo() {
		this.ledger.ingested("s1.xml", unidentified("S1", 1, "500.00"));
		this.pipeline.matchAndPost();
		this.resolution.resolve(this.ledger.exceptionOf("S1-1"),
				new Resolution.Assign(Map.of("INV-B", new BigDecimal("500.00"))), "alice");
		assertThat(this.ledger.openAmount("INV-B")).isEqualByComparingTo("0");

		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S1", 1, "500.00"));
		this.pipeline.matchAndPost();

		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'reversal'")).isEqualTo(2);
		assertThat(this.ledger.openAmount("INV-B")).isEqualByComparingTo("500.00");
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("0");
		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("0");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aReturnWhoseOriginalIsUnknownIsQueuedAndPostsNothing() {
		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S0", 9, "250.00"));

		this.pipeline.matchAndPost();

		assertThat(this.ledger.exceptionReason("S2-1")).isEqualTo("reversal");
		assertThat(this.ledger.count("select count(*) from journal_entry")).isZero();
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void theSameReturnInAnotherFileReversesOnce() {
		this.ledger.ingested("s1.xml", paying("S1", 1, "1000.00", "RF18539007547034"));
		this.pipeline.matchAndPost();
		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S1", 1, "1000.00"));
		this.pipeline.matchAndPost();

		this.ledger.ingested("s2-again.xml", returnOf("S2", 1, "S1", 1, "1000.00"));
		this.pipeline.matchAndPost();

		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'reversal'")).isEqualTo(1);
		assertThat(this.ledger.count("select count(*) from exception_item where reason = 'duplicate'")).isEqualTo(1);
		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("1000.00");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void anInvoiceTheErpReportsPartlyPaidKeepsItsInvariantWhenCashpostPaysTheRest() {
		assertThat(this.ledger.paymentStatus("INV-E")).isEqualTo("partially_paid");
		this.ledger.ingested("s1.xml",
				LedgerFixture.credit("S1", 1, "600.00")
					.debtorName("Van der Berg")
					.remittance(new RemittanceInfo(List.of(), null, List.of("INV-E")))
					.build());

		this.pipeline.matchAndPost();

		assertThat(this.ledger.openAmount("INV-E")).isEqualByComparingTo("0");
		assertThat(this.ledger.paymentStatus("INV-E")).isEqualTo("paid");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aCamtReturnWithItsReasonReversesTheReceiptItReturns() {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1")
			.creditWithReference("B1", "1000.00", "Müller Maschinenbau GmbH", "RF18539007547034")
			.writeTo(this.dir, "stmt-1.xml"));
		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("0");

		FileOutcome outcome = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-2")
			.returned("R1", "1000.00", "B1", "AC04")
			.writeTo(this.dir, "stmt-2.xml"));

		assertThat(outcome.exceptions()).isEmpty();
		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("1000.00");
		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'reversal'")).isOne();
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void aBai2ReturnTypeCodeReversesTheAchCreditWithTheSameCustomerReference() throws IOException {
		this.jdbc
			.sql("insert into customer_account (account, customer_id, source) values ('X', 'C-1', 'invoice_import')")
			.update();
		Path file = Files.writeString(this.dir.resolve("day.bai2"), """
				01,HPNBUS33,CASHPOST01,261120,0615,1,80,,2/
				02,CASHPOST01,071925648,1,261119,2400,EUR,2/
				03,4402917735,EUR,010,0,,,015,0,,/
				16,165,100000,0,BREF1,CREF-77,ACH CREDIT ORIG CO NAME:MUELLER/
				88,IND ID:INV-A/
				16,557,100000,0,BREF2,CREF-77,ACH RETURN ORIG CO NAME:MUELLER/
				88,RETURN REASON: R01 INSUFFICIENT FUNDS/
				49,200000,6/
				98,200000,1,8/
				99,200000,1,10/
				""");

		FileOutcome outcome = this.pipeline.ingest(file);

		assertThat(outcome.processed()).as(outcome.summaryLine()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from journal_entry where kind = 'reversal'")
			.query(Integer.class)
			.single()).as(outcome.summaryLine()).isOne();
		assertThat(this.jdbc.sql("""
				select o.entry_ref from journal_entry r
				  join journal_entry e on e.journal_entry_id = r.reverses_entry_id
				  join bank_transaction o on o.transaction_id = e.bank_transaction_id
				""").query(String.class).single()).isEqualTo("BREF1");
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("0");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

}
