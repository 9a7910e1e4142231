package io.cashpost.posting;

import java.nio.file.Path;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cashpost.posting.LedgerFixture.paying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The database itself refuses what would break the ledger, whoever writes. */
@CashpostIntegrationTest
class LedgerInvariantsIntegrationTests {

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
	void aPartialPayment() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		this.ledger.importInvoices(this.invoiceImport, this.dir);
		this.ledger.ingested("s1.xml", paying("S1", 1, "400.00", "RF712348231"));
		this.pipeline.matchAndPost();
		assertThat(this.ledger.openAmount("INV-C")).isEqualByComparingTo("600.00");
	}

	@Test
	void anOpenAmountThatDisagreesWithTheAllocationsIsRefusedAtCommit() {
		assertThatRefused("update invoice set open_amount = 650 where invoice_number = 'INV-C'")
			.contains("has 650.0000 open, but amount - settled outside Cashpost - live allocations = 600");
		assertThat(this.ledger.openAmount("INV-C")).isEqualByComparingTo("600.00");
	}

	@Test
	void everyInvoiceATransactionTouchedIsCheckedAtCommitWhicheverStatementTouchedIt() {
		assertThatRefused(
				"update invoice set amount = amount + 1, open_amount = open_amount + 1 where invoice_number = 'INV-B'",
				"update invoice set open_amount = 650 where invoice_number = 'INV-C'")
			.contains("has 650.0000 open, but amount - settled outside Cashpost - live allocations = 600");
		inTransaction("update invoice set open_amount = 650 where invoice_number = 'INV-C'",
				"update invoice set open_amount = 600 where invoice_number = 'INV-C'");
		assertThat(this.ledger.openAmount("INV-C")).isEqualByComparingTo("600.00");
	}

	@Test
	void anAllocationIsNeitherDeletedNorEditedOnlyReversed() {
		assertThatRefused("delete from allocation").contains("cannot be deleted: reverse it instead");
		assertThatRefused("update allocation set applied_amount = 1").contains("can only go from posted to reversed");
		assertThatRefused("update allocation set status = 'reversed'")
			.contains("has 600.0000 open, but amount - settled outside Cashpost - live allocations = 1000");
	}

	@Test
	void theJournalIsAppendOnlyAndEveryEntryBalances() {
		assertThatRefused("update journal_line set debit = debit + 1 where line_no = 1")
			.contains("journal_line is append-only");
		assertThatRefused("delete from journal_entry").contains("journal_entry is append-only");
		assertThatRefused("""
				insert into journal_line (journal_entry_id, line_no, account_code, debit, credit)
				select journal_entry_id, 9, '1200', 5, 0 from journal_entry
				""").contains("does not balance");
	}

	@Test
	void whatTheLedgerNamesExistsAndStays() {
		assertThatRefused("""
				insert into journal_entry (posting_key, kind, bank_transaction_id, currency, posted_at)
				values ('x', 'receipt', 999999, 'EUR', now())
				""").contains("names bank transaction 999999").contains("there is no such row");
		assertThatRefused("""
				insert into journal_line (journal_entry_id, line_no, account_code, invoice_id, debit, credit)
				select journal_entry_id, 9, '1400', 999999, 5, 0 from journal_entry limit 1
				""").contains("or invoice 999999, and there is no such row");
		assertThatRefused("""
				insert into allocation (journal_entry_id, customer_id, currency, applied_amount, rule, confidence,
				                        posted_at)
				select journal_entry_id, 'C-NOBODY', 'EUR', 1, 'manual', 1, now() from journal_entry limit 1
				""").contains("customer C-NOBODY, and there is no such row");
		assertThatRefused("delete from bank_transaction").contains("is booked in the ledger and cannot be deleted");
		assertThatRefused("delete from invoice where invoice_number = 'INV-C'")
			.contains("is booked in the ledger and cannot be deleted");
		assertThatRefused("delete from customer_account", "delete from customer where customer_id = 'C-1'")
			.contains("(customer_id)=(C-1) is still referenced from table \"invoice\"");
	}

	@Test
	void aReversalNamesTheEntryItReversesAndAnEntryIsReversedOnce() {
		String reversal = """
				insert into journal_entry (posting_key, kind, reverses_entry_id, currency, posted_at)
				select '%s', 'reversal', %s, 'EUR', now() from journal_entry where kind = 'receipt'
				""";
		assertThatRefused(reversal.formatted("r0", "null")).contains("journal_entry_reversal_names_original");
		assertThatRefused(reversal.formatted("r1", "journal_entry_id"), reversal.formatted("r2", "journal_entry_id"))
			.contains("journal_entry_reversed_once");
	}

	@Test
	void anInvoiceIsNeverOverdrawnAndItsStatusFollowsItsOpenAmount() {
		assertThatRefused("update invoice set open_amount = -1 where invoice_number = 'INV-C'")
			.contains("invoice_open_amount_within_amount");
		assertThat(this.ledger.paymentStatus("INV-A")).isEqualTo("open");
		assertThat(this.ledger.paymentStatus("INV-C")).isEqualTo("partially_paid");
		assertThat(this.ledger.paymentStatus("INV-E")).isEqualTo("partially_paid");
	}

	/** What the database said when it refused the statements, in one transaction. */
	private AbstractStringAssert<?> assertThatRefused(String... statements) {
		Throwable failure = catchThrowable(() -> inTransaction(statements));
		assertThat(failure).as("refused").isNotNull();
		Throwable root = failure;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return assertThat(root.getMessage());
	}

	private void inTransaction(String... statements) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			for (String statement : statements) {
				this.jdbc.sql(statement).update();
			}
		});
	}

}
