package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StatementIntake;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import io.cashpost.job.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ingest} run again after a run that was cut off finishes the file, exits 0 and
 * says {@code resumed}, with the same counts as an uninterrupted run; only bytes fully
 * processed before are refused. (The crash itself, in a killed JVM, is in
 * {@code posting.crash}; here the cut-off state is set up directly.)
 */
@CashpostIntegrationTest
class IngestCommandIntegrationTests {

	@Autowired
	CommandDispatcher commands;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	StatementIntake intake;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Path statement;

	private String uninterrupted;

	/**
	 * The line an uninterrupted run prints, then a clean slate with the same invoices.
	 */
	@BeforeEach
	void uninterruptedRun() {
		this.statement = TestPayments.statement(this.dir, "stmt.xml", "STMT-RESUME", 0, 12);
		freshInvoices();
		assertThat(run("ingest", this.statement.toString())).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		this.uninterrupted = this.out.toString(StandardCharsets.UTF_8).strip();
		assertThat(this.uninterrupted).startsWith("stmt.xml: ingested ").contains(" 12 entries, 12 posted");
		this.out.reset();
		freshInvoices();
	}

	@Test
	void aRunCutOffWhileMatchingIsFinishedSaysResumedAndExitsZero() {
		assertThat(this.pipeline.stage(this.statement, "cli").processed()).isTrue();
		assertThat(undecided()).isEqualTo(12);

		int exit = run("ingest", this.statement.toString());

		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(this.uninterrupted + ", resumed");
		assertThat(undecided()).isZero();
		assertThat(count("select count(*) from file_refusal")).isZero();
		assertThat(count("select count(*) from statement_file")).isOne();
	}

	@Test
	void aRunCutOffWhileStagingIsFinishedSaysResumedAndExitsZero() {
		this.intake.receive(this.statement);
		assertThat(count("select count(*) from statement_file where status = 'received'")).isOne();

		int exit = run("ingest", this.statement.toString());

		assertThat(exit).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip()).isEqualTo(this.uninterrupted + ", resumed");
		assertThat(count("select count(*) from statement_file where status = 'ingested'")).isOne();
	}

	@Test
	void bytesFullyProcessedAreRefusedAndExitOne() {
		assertThat(run("ingest", this.statement.toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).doesNotContain("resumed");
		this.out.reset();

		int exit = run("ingest", this.statement.toString());

		assertThat(exit).isOne();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("cashpost ingest: stmt.xml: refused, the same bytes were already received as 'stmt.xml'");
		assertThat(count("select count(*) from file_refusal")).isOne();
		assertThat(count("select count(*) from journal_entry where kind = 'receipt'")).isEqualTo(12);
	}

	private void freshInvoices() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(TestPayments.invoices(this.dir, 12, 4));
	}

	private long undecided() {
		return count("select count(*) from bank_transaction where match_status = 'new'");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private int run(String command, String... args) {
		return this.commands.dispatch(command, List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
