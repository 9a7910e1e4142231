package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.remittance.AdviceExpiry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remittance advices that arrive apart from their payment, through the whole pipeline: an
 * advice file ingested like a statement, linked to its payment before matching or after
 * it, and what that does to the postings and the exception queue.
 */
@CashpostIntegrationTest
class RemittanceAdviceJobTests {

	private static final String HEADER = "advice_id,payer_name,payer_account,payment_reference,end_to_end_id,"
			+ "payment_date,advice_amount,currency,invoice_number,paid_amount,deduction_amount,deduction_reason_code,"
			+ "deduction_reason\n";

	private static final String MUELLER = "Müller Maschinenbau GmbH";

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	AdviceExpiry expiry;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void invoices() throws IOException {
		TestDatabase.clear(this.jdbc);
		Path csv = Files.writeString(this.dir.resolve("invoices.csv"),
				"""
						invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,customer_iban,payment_reference
						INV-1001,C-1,Müller Maschinenbau GmbH,EUR,1000.00,2026-10-01,2026-10-31,,
						INV-1002,C-2,Van der Berg Logistiek B.V.,EUR,500.00,2026-10-05,2026-11-04,,
						INV-1003,C-1,Müller Maschinenbau GmbH,EUR,1000.00,2026-11-01,2026-12-01,,
						INV-1005,C-1,Müller Maschinenbau GmbH,EUR,250.00,2026-11-02,2026-12-02,,
						""");
		this.invoiceImport.importFile(csv);
	}

	@Test
	void aSeparateAdviceTurnsAReferredPaymentIntoAPostedOneAndItsExceptionLeavesTheQueue() throws IOException {
		FileOutcome statement = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1")
			.creditWithText("B1", "1250.00", MUELLER, "Zahlung November")
			.writeTo(this.dir, "stmt-1.xml"));
		// 1000 + 250 is paid, but two of Müller's invoices are 1000: not certain.
		assertThat(statement.exceptionCount()).as(statement.summaryLine()).isEqualTo(1);
		assertThat(openException()).isNotNull();

		FileOutcome advice = this.pipeline.ingest(advice("advice-1.csv", """
				RA-1,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1250.00,EUR,INV-1001,1000.00,,,
				RA-1,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1250.00,EUR,INV-1005,250.00,,,
				"""));

		assertThat(advice.summaryLine()).isEqualTo("advice-1.csv: ingested remittance-advice, 1 advice (2 lines): "
				+ "1 linked (1 posted from suspense), 0 waiting");
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1005")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("1000.00");
		assertThat(matchStatus("B1")).isEqualTo("posted");
		assertThat(openException()).isNull();
		Map<String, Object> resolution = this.jdbc
			.sql("select kind, resolved_by, detail, journal_entry_id from exception_resolution")
			.query()
			.singleRow();
		assertThat(resolution).containsEntry("kind", "remittance_advice").containsEntry("resolved_by", "cashpost");
		assertThat((String) resolution.get("detail")).contains("remittance advice RA-1 (advice-1.csv line 2)");
		assertThat(resolution.get("journal_entry_id")).isNotNull();
		assertThat(suspenseBalance()).isEqualByComparingTo("0");
		assertThat(ledgerBalance()).isEqualByComparingTo("0");
		assertThat(adviceRow("RA-1")).containsEntry("status", "linked")
			.containsEntry("linked_by", "reference")
			.containsEntry("outcome", "posted");
	}

	@Test
	void aDeductionTheAdviceStatesLeavesTheInvoiceOpenByItWithItsReasonAndADispute() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-10")
			.creditWithText("B1", "1150.00", MUELLER, "Zahlung November")
			.writeTo(this.dir, "stmt-10.xml"));
		assertThat(openException()).as("1150.00 fits no invoices of Müller's").isNotNull();

		this.pipeline.ingest(advice("advice-10.csv",
				"""
						RA-10,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1150.00,EUR,INV-1001,900.00,100.00,DMGD,two crates damaged
						RA-10,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1150.00,EUR,INV-1005,250.00,,,
						"""));

		assertThat(openException()).isNull();
		assertThat(adviceRow("RA-10")).containsEntry("outcome", "posted");
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("100.00");
		assertThat(openAmount("INV-1005")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("""
				select a.deduction_amount || ' ' || a.deduction_reason from allocation a
				  join invoice i on i.invoice_id = a.invoice_id where i.invoice_number = 'INV-1001'
				""").query(String.class).single()).isEqualTo("100.0000 DMGD");
		assertThat(this.jdbc.sql("""
				select i.invoice_number || ' ' || d.amount || ' ' || d.reason_code || ' ' || d.status
				  from dispute d join invoice i on i.invoice_id = d.invoice_id
				""").query(String.class).list()).containsExactly("INV-1001 100.0000 DMGD open");
		assertThat(suspenseBalance()).isEqualByComparingTo("0");
		assertThat(ledgerBalance()).isEqualByComparingTo("0");
	}

	@Test
	void aDeductionOnAnAdviceThatCameFirstIsAppliedWhenThePaymentComes() throws IOException {
		this.pipeline.ingest(advice("advice-11.csv", """
				RA-11,Müller Maschinenbau GmbH,,,,2026-11-20,900.00,EUR,INV-1003,900.00,100.00,,Preisdifferenz
				"""));

		FileOutcome statement = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-11")
			.creditWithText("B1", "900.00", MUELLER, "Zahlung")
			.writeTo(this.dir, "stmt-11.xml"));

		assertThat(statement.posted()).as(statement.summaryLine()).isEqualTo(1);
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("100.00");
		assertThat(this.jdbc.sql("select count(*) from dispute").query(Integer.class).single()).isOne();
		assertThat(adviceRow("RA-11")).containsEntry("outcome", "applied");
	}

	@Test
	void anAdviceThatLeavesAReferredPaymentUncertainKeepsItInTheQueueWithWhatItSaid() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-9")
			.creditWithText("B1", "1250.00", MUELLER, "Zahlung November")
			.writeTo(this.dir, "stmt-9.xml"));
		Long exceptionId = openException();

		this.pipeline.ingest(advice("advice-9.csv", """
				RA-9,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1250.00,EUR,INV-7777,1250.00,,,
				"""));

		assertThat(openException()).isEqualTo(exceptionId);
		assertThat(this.jdbc.sql("select detail from exception_item").query(String.class).single())
			.startsWith("with remittance advice RA-9 (advice-9.csv line 2): ");
		assertThat((String) adviceRow("RA-9").get("detail"))
			.startsWith("decided again with the advice, still referred (");
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("1000.00");
		assertThat(suspenseBalance()).isEqualByComparingTo("-1250.00");
		assertThat(adviceRow("RA-9")).containsEntry("status", "linked").containsEntry("outcome", "still_referred");
	}

	@Test
	void theAdvicesPaymentArrivingADayLaterIsLinkedThenAndPostedWithItsLines() throws IOException {
		FileOutcome advice = this.pipeline.ingest(advice("advice-2.csv", """
				RA-2,Müller Maschinenbau GmbH,,,,2026-11-19,1250.00,EUR,INV-1003,1000.00,,,
				RA-2,Müller Maschinenbau GmbH,,,,2026-11-19,1250.00,EUR,INV-1005,250.00,,,
				"""));
		assertThat(advice.summaryLine()).endsWith("1 advice (2 lines): 0 linked, 1 waiting");

		FileOutcome statement = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-2")
			.creditWithText("B1", "1250.00", MUELLER, "Zahlung November")
			.writeTo(this.dir, "stmt-2.xml"));

		assertThat(statement.posted()).as(statement.summaryLine()).isEqualTo(1);
		assertThat(statement.exceptionCount()).isZero();
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1005")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("1000.00");
		assertThat(adviceRow("RA-2")).containsEntry("status", "linked")
			.containsEntry("linked_by", "payer_amount_date")
			.containsEntry("outcome", "applied");
		assertThat(this.jdbc.sql("""
				select remittance_lines ->> 0 from bank_transaction where entry_ref like 'B1%'
				""").query(String.class).single()).contains("INV-1003").contains("remittance advice RA-2");
	}

	@Test
	void anAdviceForAnAlreadyPostedPaymentThatAgreesIsLinkedAndMovesNothing() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-3")
			.creditWithText("B1", "500.00", "Van der Berg Logistiek", "INV-1002")
			.writeTo(this.dir, "stmt-3.xml"));
		assertThat(matchStatus("B1")).isEqualTo("posted");
		int entries = count("journal_entry");

		this.pipeline.ingest(advice("advice-3.csv", """
				RA-3,Van der Berg Logistiek B.V.,,,E2E-B1,2026-11-20,500.00,EUR,INV-1002,500.00,,,
				"""));

		assertThat(adviceRow("RA-3")).containsEntry("status", "linked").containsEntry("outcome", "agrees");
		assertThat(count("journal_entry")).isEqualTo(entries);
		assertThat(count("exception_item")).isZero();
	}

	@Test
	void anAdviceThatDisagreesWithAnEarlierPostingOpensAnExceptionAndMovesNoMoney() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-4")
			.creditWithText("B1", "1000.00", MUELLER, "Rechnung INV-1001")
			.writeTo(this.dir, "stmt-4.xml"));
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
		int entries = count("journal_entry");

		this.pipeline.ingest(advice("advice-4.csv", """
				RA-4,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1000.00,EUR,INV-1003,1000.00,,,
				"""));

		Map<String, Object> exception = this.jdbc.sql("select reason, detail, status from exception_item")
			.query()
			.singleRow();
		assertThat(exception).containsEntry("reason", "advice_disagrees").containsEntry("status", "open");
		assertThat((String) exception.get("detail"))
			.contains("INV-1003: the advice pays 1000.00, the posting applied 0.00")
			.contains("INV-1001: the posting applied 1000.00, the advice does not name it");
		assertThat(count("journal_entry")).isEqualTo(entries);
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("1000.00");
		assertThat(adviceRow("RA-4")).containsEntry("outcome", "disagrees");
	}

	@Test
	void anAdviceWhosePaymentNeverComesExpiresIntoAnExceptionClosedWhenThePaymentComesAfterAll() throws IOException {
		this.pipeline.ingest(advice("advice-5.csv", """
				RA-5,Van der Berg Logistiek B.V.,,,,2026-11-20,500.00,EUR,INV-1002,500.00,,,
				"""));
		LocalDate received = LocalDate.now();
		assertThat(expire(received.plusDays(14))).isZero();

		assertThat(expire(received.plusDays(15))).isEqualTo(1);

		assertThat(adviceRow("RA-5")).containsEntry("status", "expired");
		Map<String, Object> exception = this.jdbc.sql("select reason, detail, status from exception_item")
			.query()
			.singleRow();
		assertThat(exception).containsEntry("reason", "advice_payment_missing").containsEntry("status", "open");
		assertThat((String) exception.get("detail")).contains("RA-5 (advice-5.csv line 2) for EUR 500.00")
			.contains("no payment came within 14 days");
		assertThat(expire(received.plusDays(16))).as("expires once").isZero();

		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-5")
			.creditWithText("B1", "500.00", "Van der Berg Logistiek B.V.", "Betaling")
			.writeTo(this.dir, "stmt-5.xml"));

		assertThat(adviceRow("RA-5")).containsEntry("status", "linked").containsEntry("outcome", "applied");
		assertThat(openAmount("INV-1002")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("select count(*) from exception_item where status = 'open'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSameAdviceTwicePostsNothingTwice() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-6")
			.creditWithText("B1", "1250.00", MUELLER, "Zahlung November")
			.writeTo(this.dir, "stmt-6.xml"));
		String rows = """
				RA-6,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1250.00,EUR,INV-1001,1000.00,,,
				RA-6,Müller Maschinenbau GmbH,,,E2E-B1,2026-11-20,1250.00,EUR,INV-1005,250.00,,,
				""";
		Path file = advice("advice-6.csv", rows);
		this.pipeline.ingest(file);
		int entries = count("journal_entry");
		int allocations = count("allocation");

		FileOutcome again = this.pipeline.ingest(file);
		FileOutcome resent = this.pipeline.ingest(advice("advice-6-resent.csv", rows + "\n"));

		assertThat(again.status()).isEqualTo("refused");
		assertThat(resent.summaryLine()).endsWith("1 advice (2 lines): 1 linked, 0 waiting");
		assertThat(this.jdbc.sql("select outcome from remittance_advice order by advice_id").query(String.class).list())
			.containsExactly("posted", "duplicate");
		assertThat(count("journal_entry")).isEqualTo(entries);
		assertThat(count("allocation")).isEqualTo(allocations);
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
		assertThat(ledgerBalance()).isEqualByComparingTo("0");
	}

	@Test
	void anAdviceTwoPaymentsFitStaysWaitingAndSaysSo() throws IOException {
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-7")
			.creditWithText("B1", "1250.00", MUELLER, "Zahlung")
			.creditWithText("B2", "1250.00", MUELLER, "Zahlung")
			.writeTo(this.dir, "stmt-7.xml"));

		FileOutcome advice = this.pipeline.ingest(advice("advice-7.csv", """
				RA-7,Müller Maschinenbau GmbH,,,,2026-11-20,1250.00,EUR,INV-1001,1000.00,,,
				RA-7,Müller Maschinenbau GmbH,,,,2026-11-20,1250.00,EUR,INV-1005,250.00,,,
				"""));

		assertThat(advice.summaryLine()).endsWith("0 linked, 1 waiting (1 ambiguous)");
		assertThat((String) adviceRow("RA-7").get("detail")).startsWith("ambiguous: payments ")
			.endsWith(" fit it alike; not linked");
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("1000.00");
	}

	@Test
	void anAdviceFileWhoseLinesDoNotAddUpIsQuarantinedWithNothingStored() throws IOException {
		FileOutcome outcome = this.pipeline.ingest(advice("advice-8.csv", """
				RA-8,Müller Maschinenbau GmbH,,,,2026-11-20,1250.00,EUR,INV-1001,1000.00,,,
				RA-8,Müller Maschinenbau GmbH,,,,2026-11-20,1250.00,EUR,INV-1005,249.99,,,
				"""));

		assertThat(outcome.status()).isEqualTo("quarantined");
		assertThat(outcome.reason()).isEqualTo("advice-8.csv, line 3: the lines of advice RA-8 (lines 2-3) pay "
				+ "EUR 1249.99, the advice says EUR 1250.00 (difference EUR 0.01)");
		assertThat(count("remittance_advice")).isZero();
		assertThat(this.jdbc.sql("select status from statement_file").query(String.class).single())
			.isEqualTo("quarantined");
	}

	private int expire(LocalDate today) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> this.expiry.expire(today));
	}

	private Path advice(String name, String rows) throws IOException {
		return Files.writeString(this.dir.resolve(name), HEADER + rows);
	}

	private Map<String, Object> adviceRow(String key) {
		return this.jdbc
			.sql("select * from remittance_advice where advice_key = :key and status <> 'x' order by "
					+ "advice_id limit 1")
			.param("key", key)
			.query()
			.singleRow();
	}

	private Long openException() {
		return this.jdbc.sql("select exception_id from exception_item where status = 'open'")
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private String matchStatus(String entryRef) {
		return this.jdbc.sql("select match_status from bank_transaction where entry_ref like :ref || '%'")
			.param("ref", entryRef)
			.query(String.class)
			.single();
	}

	private BigDecimal openAmount(String invoice) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :number")
			.param("number", invoice)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal suspenseBalance() {
		return this.jdbc
			.sql("select coalesce(sum(debit) - sum(credit), 0) from journal_line where account_code = '1590'")
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal ledgerBalance() {
		return this.jdbc.sql("select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from journal_line")
			.query(BigDecimal.class)
			.single();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
