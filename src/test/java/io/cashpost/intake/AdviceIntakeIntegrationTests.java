package io.cashpost.intake;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.CamtStatementBuilder;
import io.cashpost.job.FileCollection;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;
import io.cashpost.remittance.RemittanceAdvices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remittance advice dropped in the inbox is told by its content, like any file of the
 * inbox; an advice file whose run was cut off after its advices were stored is finished,
 * not refused, and stores nothing twice.
 */
@CashpostIntegrationTest
class AdviceIntakeIntegrationTests {

	private static final Path SAMPLE = Path.of("sample-files/remittance-advice/advices-2026-11-27.csv");

	@Autowired
	FileCollection collection;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	StatementIntake intake;

	@Autowired
	RemittanceAdvices advices;

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
	void anAdviceInTheInboxIsToldByItsContentAndPaysWithTheStatementBesideIt() throws IOException {
		Files.createDirectories(this.dir.resolve("inbox"));
		// No extension gives it away.
		Files.copy(SAMPLE, this.dir.resolve("inbox").resolve("from-van-der-berg"));
		CamtStatementBuilder.statement("STMT-VDB")
			.creditWithText("VDB-1127", "5900.50", "Van der Berg Logistiek B.V.", "Payment")
			.writeTo(this.dir.resolve("inbox"), "statement.xml");

		List<FileOutcome> outcomes = this.collection.collectAndPost(List.of(this.inbox)).files();

		assertThat(outcomes).extracting(FileOutcome::format)
			.containsExactlyInAnyOrder("remittance-advice", "camt.053.001.08");
		assertThat(outcomes).filteredOn((outcome) -> outcome.format().equals("remittance-advice"))
			.singleElement()
			.satisfies((outcome) -> assertThat(outcome.summaryLine())
				.isEqualTo("from-van-der-berg: ingested remittance-advice, 2 advices (3 lines): 1 linked, 1 waiting"));
		assertThat(openAmount("INV-2026-1002")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-2026-1012")).isEqualByComparingTo("0");
	}

	@Test
	void anAdviceFileCutOffAfterItsAdvicesWereStoredIsFinishedNotRefused() {
		// A crash after the advices were stored, before the file was marked ingested.
		ReceivedFile received = this.intake.receive(SAMPLE, "cli");
		this.advices.receive(received.fileId(), received.archived(), received.fileName());

		FileOutcome outcome = this.pipeline.ingest(SAMPLE);

		assertThat(outcome.status()).isEqualTo("ingested");
		assertThat(outcome.resumed()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from remittance_advice").query(Integer.class).single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from remittance_advice_line").query(Integer.class).single())
			.isEqualTo(3);
		assertThat(this.pipeline.ingest(SAMPLE).status()).as("done now: a duplicate").isEqualTo("refused");
	}

	private BigDecimal openAmount(String invoice) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :number")
			.param("number", invoice)
			.query(BigDecimal.class)
			.single();
	}

}
