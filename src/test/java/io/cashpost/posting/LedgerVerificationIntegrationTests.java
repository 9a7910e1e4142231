package io.cashpost.posting;

import java.nio.file.Path;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cashpost.posting.LedgerFixture.paying;
import static io.cashpost.posting.LedgerFixture.returnOf;
import static io.cashpost.posting.LedgerFixture.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code verify-ledger}'s checks, each shown a ledger that agrees and one damaged behind
 * the database's back (its triggers off), naming what disagrees.
 */
@CashpostIntegrationTest
class LedgerVerificationIntegrationTests {

	@Autowired
	LedgerVerification verification;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture ledger;

	@BeforeEach
	void aLedgerWithEveryKindOfEntry() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		this.ledger.importInvoices(this.invoiceImport, this.dir);
		this.ledger.ingested("s1.xml", paying("S1", 1, "1000.00", "RF18539007547034"),
				paying("S1", 2, "400.00", "RF712348231"), unidentified("S1", 3, "77.00"));
		this.ledger.ingested("s2.xml", returnOf("S2", 1, "S1", 2, "400.00"));
		this.pipeline.matchAndPost();
	}

	@Test
	void agreesAndSaysWhatItChecked() {
		LedgerCheck check = this.verification.verify();

		assertThat(check.disagreements()).isEmpty();
		assertThat(check.summary()).containsExactly("journal: 4 entries, each balanced",
				"invoices: 5 agree with their allocations and the journal (3 open, 1 partially paid, 1 paid)",
				"cash DE75512108001245126199 EUR: 1477.00 posted in = booked credits of 3 transactions, 400.00 returned",
				"reversals: 1, each mirroring the entry it names, its allocations reversed",
				"suspense: EUR 77.00 for 1 open exceptions");
	}

	@Test
	void namesAnEntryThatDoesNotBalance() {
		damage("""
				insert into journal_line (journal_entry_id, line_no, account_code, debit, credit)
				select journal_entry_id, 9, '1200:X', 5, 0 from journal_entry where kind = 'receipt' order by 1 limit 1
				""");

		assertThat(this.verification.verify().disagreements()).anySatisfy((line) -> assertThat(line)
			.matches("journal entry \\d+ \\(.*S1-1.*\\) does not balance: debits 1005.00, credits 1000.00 in 3 lines"));
	}

	@Test
	void namesAnInvoiceWhoseOpenAmountDisagreesWithItsAllocations() {
		damage("update invoice set open_amount = 10 where invoice_number = 'INV-A'");

		assertThat(this.verification.verify().disagreements()).containsExactly(
				"invoice INV-A: open 10.00, but amount 1000.00 - settled outside Cashpost 0.00 - live allocations "
						+ "1000.00 = 0.00; the journal credits its receivable with 1000.00");
	}

	@Test
	void namesCashTheStatementsShowButTheLedgerLacks() {
		this.ledger.ingested("s3.xml", unidentified("S3", 1, "5.00"));

		assertThat(this.verification.verify().disagreements()).containsExactly(
				"cash DE75512108001245126199 EUR: the ingested statements' booked credits are 1482.00 (4 transactions), "
						+ "the cash posted in is 1477.00",
				"transaction 5 (s3.xml, entry S3-1, EUR 5.00, new) is a booked credit in no journal entry");
	}

	@Test
	void namesAReversalThatDoesNotMirrorItsOriginalAndAllocationsOutOfStep() {
		damage("update journal_line set credit = 399 where credit = 400 and account_code like '1200%'",
				"update journal_line set debit = 399 where debit = 400 and account_code = '1400'",
				"update allocation set status = 'posted' where status = 'reversed'");

		assertThat(this.verification.verify().disagreements())
			.anySatisfy((line) -> assertThat(line)
				.matches("reversal entry \\d+ \\(.*\\) does not mirror the lines of entry \\d+"))
			.anySatisfy(
					(line) -> assertThat(line).matches("allocation \\d+ is posted, but its entry \\d+ was reversed"))
			.anySatisfy((line) -> assertThat(line)
				.endsWith("returns reversed per the statements are 400.00, " + "the cash posted out is 399.00"));
	}

	@Test
	void namesSuspenseThatDoesNotHoldTheOpenExceptionsMoney() {
		damage("update exception_item set status = 'resolved'");

		assertThat(this.verification.verify().disagreements())
			.containsExactly("suspense EUR: the balance is 77.00, the open exceptions hold 0.00 (0 items)");
	}

	/** Writes with the triggers off, as a bug or a hand in the database could. */
	private void damage(String... statements) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			for (String statement : statements) {
				this.jdbc.sql(statement).update();
			}
		});
	}

}
