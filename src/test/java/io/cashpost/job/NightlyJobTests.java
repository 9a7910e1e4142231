package io.cashpost.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.IntakeProperties;
import io.cashpost.invoice.InvoiceImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * nightlyJob: collects from the inbox, ingests, matches and posts, refreshes the aging,
 * writes the exports; a second run for the same day has nothing to do.
 */
@CashpostIntegrationTest
class NightlyJobTests {

	@Autowired
	JobRuns runs;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	IntakeProperties intake;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void collectsIngestsPostsAgesAndExports() throws Exception {
		this.invoices.importFile(TestPayments.invoices(this.dir, 10, 3));
		Path dropped = TestPayments.statement(this.intake.inboxDir(), "night.xml", "STMT-NIGHT", 0, 8);
		Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));
		String exports = "balances=" + this.dir.resolve("balances-{date}.csv") + ";aging="
				+ this.dir.resolve("aging-{date}.csv");

		JobRun run = this.runs.run("nightlyJob", Map.of("date", "2026-11-21", "sources", "inbox", "exports", exports));

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(8);
		// the aging of 2026-11-21 from the ledger: the payments were posted today, after
		// that
		// day, so all three customers still owed then (a back-dated aging never subtracts
		// them)
		assertThat(count("select count(*) from customer_aging")).isEqualTo(3);
		assertThat(Files.readAllLines(this.dir.resolve("aging-2026-11-21.csv"))).hasSize(4)
			.first()
			.asString()
			.startsWith("customer_id,customer_name,currency,as_of,not_due,overdue_1_30");
		assertThat(Files.readString(this.dir.resolve("balances-2026-11-21.csv"))).startsWith("customer_id");
		assertThat(this.intake.inboxDir()).isEmptyDirectory();

		JobRun again = this.runs.run("nightlyJob", Map.of("date", "2026-11-21", "sources", "inbox"));
		assertThat(again.status()).isEqualTo("NOOP");
		assertThat(again.succeeded()).isTrue();
	}

	@Test
	void importInvoicesJobStagesInChunksAndMergesOnceAndRefusesABadFileWhole() throws Exception {
		Path csv = TestPayments.invoices(this.dir, 25, 4);

		JobRun run = this.runs.run("importInvoicesJob", Map.of("file", csv.toString()));

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(run.summary())
			.isEqualTo("invoices.csv: 4 customers, 25 invoices created, 0 updated, 0 kept, 0 unchanged");
		assertThat(count("select count(*) from invoice")).isEqualTo(25);
		assertThat(count("select count(*) from invoice_import_row")).isZero();
		assertThat(this.runs.run("importInvoicesJob", Map.of("file", csv.toString())).status()).isEqualTo("NOOP");

		Path bad = Files.writeString(this.dir.resolve("bad.csv"), """
				invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date
				N-1,C-9,Nine,EUR,10.00,2026-09-01,2026-09-30
				N-2,C-9,Nine,EUR,-5,2026-09-01,2026-09-30
				""");
		JobRun refused = this.runs.run("importInvoicesJob", Map.of("file", bad.toString()));
		assertThat(refused.status()).isEqualTo("FAILED");
		assertThat(refused.summary()).contains("bad.csv line 3");
		assertThat(count("select count(*) from invoice where invoice_number like 'N-%'")).isZero();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
