package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import io.cashpost.posting.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cashpost.posting.LedgerFixture.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class ResolveCommandIntegrationTests {

	@Autowired
	CommandDispatcher commands;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	long exception;

	@BeforeEach
	void anUnidentifiedReceipt() {
		TestDatabase.clear(this.jdbc);
		LedgerFixture ledger = new LedgerFixture(this.jdbc, this.staged);
		ledger.importInvoices(this.invoiceImport, this.dir);
		ledger.ingested("s1.xml", unidentified("S1", 1, "1200.00"));
		this.pipeline.matchAndPost();
		this.exception = ledger.exceptionOf("S1-1");
	}

	@Test
	void resolvesNamingWhoAndPrintsOneLine() {
		int exit = run(this.exception + "", "assign", "INV-A=1000.00", "INV-C=150", "--by", "alice");

		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).matches("exception " + this.exception
				+ " resolved: assign INV-A=1000.00 INV-C=150, EUR 1200.00 moved out of suspense by entry \\d+; "
				+ "by alice at .*\n");
		assertThat(this.jdbc.sql("select resolved_by from exception_resolution").query(String.class).single())
			.isEqualTo("alice");
	}

	@Test
	void whoDefaultsToTheOperatingSystemUser() {
		assertThat(run(this.exception + "", "refund")).isZero();

		assertThat(this.jdbc.sql("select resolved_by from exception_resolution").query(String.class).single())
			.isEqualTo(System.getProperty("user.name"));
	}

	@Test
	void aRefusalExitsOneWithItsReasonAndASecondResolutionIsRefused() {
		assertThat(run(this.exception + "", "assign", "INV-B=600")).isOne();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo("cashpost resolve: INV-B has only EUR 500.00 open, EUR 600 was assigned\n");

		assertThat(run(this.exception + "", "on-account", "C-1")).isZero();
		assertThat(run(this.exception + "", "on-account", "C-1")).isOne();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("is resolved already (on_account by ");
	}

	@Test
	void badWordsAreUsageErrors() {
		assertThat(run("seven", "refund")).isEqualTo(2);
		assertThat(run(this.exception + "")).isEqualTo(2);
		assertThat(run(this.exception + "", "refund", "--by")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("'seven' is not an exception id")
			.contains("--by needs a name");
	}

	private int run(String... args) {
		return this.commands.dispatch("resolve", List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
