package io.cashpost.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.FileCollection;
import io.cashpost.job.FileOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A settlement report dropped in the inbox is told by its content and staged like one
 * given to {@code ingest}; the bank statement with its payout, dropped after it, pays the
 * batch.
 */
@CashpostIntegrationTest
class SettlementReportIntakeIntegrationTests {

	private static final Path SETTLEMENT = Path.of("sample-files/settlement");

	@Autowired
	FileCollection collection;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private InboxFileSource inbox;

	@BeforeEach
	void emptyInbox() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(Path.of("sample-files/invoices.csv"));
		this.inbox = new InboxFileSource(this.dir.resolve("inbox"), this.dir.resolve("spool"), Duration.ZERO,
				Duration.ofSeconds(1), Clock.systemUTC());
	}

	@Test
	void aReportInTheInboxIsIngestedByItsContent() throws IOException {
		// No extension gives it away.
		drop(SETTLEMENT.resolve("1-adyen-settlement-details-batch-412.csv"), "report-412");

		List<FileOutcome> outcomes = this.collection.collectAndPost(List.of(this.inbox)).files();

		assertThat(outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo("ingested");
			assertThat(outcome.format()).isEqualTo("adyen-settlement-details");
		});
		assertThat(this.jdbc.sql("select source || ' ' || format from statement_file").query(String.class).single())
			.isEqualTo("inbox adyen-settlement-details");

		drop(SETTLEMENT.resolve("3-bank-payouts-2026-11-27.camt053.001.02.xml"), "bank.xml");
		this.collection.collectAndPost(List.of(this.inbox));

		assertThat(this.jdbc.sql("select status from settlement_batch").query(String.class).single()).isEqualTo("paid");
	}

	private void drop(Path file, String name) throws IOException {
		Files.createDirectories(this.dir.resolve("inbox"));
		Files.copy(file, this.dir.resolve("inbox").resolve(name));
	}

}
