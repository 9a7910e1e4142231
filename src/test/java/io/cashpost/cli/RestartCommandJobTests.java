package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import io.cashpost.job.TestPayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matchAndPostJob run fails half-way through (a fault injected in the database on one
 * payment's posting); {@code restart} finishes it, and every entry is posted exactly
 * once.
 */
@CashpostIntegrationTest
class RestartCommandJobTests {

	private static final int PAYMENTS = 600;

	@Autowired
	CommandDispatcher dispatcher;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void paymentsStagedButNotMatched() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(TestPayments.invoices(this.dir, PAYMENTS, 7));
		Path statement = TestPayments.statement(this.dir, "big.xml", "STMT-BIG", 0, PAYMENTS);
		assertThat(this.pipeline.stage(statement, "cli").processed()).isTrue();
		this.jdbc.sql("""
				create function injected_fault() returns trigger language plpgsql as $$
				begin
				    if exists (select 1 from bank_transaction t
				                where t.transaction_id = new.bank_transaction_id and t.end_to_end_id = 'E2E-P590') then
				        raise exception 'injected fault posting P590';
				    end if;
				    return new;
				end $$
				""").update();
		this.jdbc.sql("""
				create trigger injected_fault before insert on journal_entry
				    for each row execute function injected_fault()
				""").update();
	}

	@AfterEach
	void removeFault() {
		this.jdbc.sql("drop trigger if exists injected_fault on journal_entry").update();
		this.jdbc.sql("drop function if exists injected_fault()").update();
	}

	@Test
	void aFailedRunRestartedPostsEveryEntryExactlyOnce() {
		assertThat(run("run", "matchAndPostJob")).isEqualTo(CashpostCommandLine.FAILED);
		assertThat(text(this.err)).contains("FAILED").contains("injected fault posting P590");
		long posted = count("select count(*) from journal_entry");
		assertThat(posted).as("the other partition and earlier chunks committed").isPositive().isLessThan(PAYMENTS);

		this.out.reset();
		assertThat(run("jobs", "matchAndPostJob")).isZero();
		assertThat(text(this.out)).contains("FAILED").contains("injected fault");
		assertThat(text(this.out).lines().filter((line) -> line.matches("^ {10}partition\\d.*")))
			.as("each partition on a line of its own, with who ran it")
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains(" manager "))
			.anySatisfy((line) -> assertThat(line).contains("FAILED"));
		long failed = this.jdbc.sql("""
				select max(job_execution_id) from batch_job_execution where status = 'FAILED'
				""").query(Long.class).single();

		removeFault();
		this.out.reset();
		assertThat(run("restart", Long.toString(failed))).as(text(this.err)).isZero();
		assertThat(text(this.out)).contains("matchAndPostJob").contains("COMPLETED");

		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(PAYMENTS);
		assertThat(count("select count(*) from journal_entry")).isEqualTo(PAYMENTS);
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(PAYMENTS);
		assertThat(count("select count(*) from allocation")).isEqualTo(PAYMENTS);
		assertThat(count("select count(*) from invoice where open_amount <> 0")).isZero();
		assertThat(count("select count(*) from exception_item")).isZero();
	}

	@Test
	void restartNeedsAnExecutionThatExists() {
		assertThat(run("restart")).isEqualTo(CashpostCommandLine.USAGE);
		assertThat(run("restart", "987654321")).as(text(this.err)).isEqualTo(CashpostCommandLine.USAGE);
		assertThat(text(this.err)).contains("no job execution 987654321");
		assertThat(run("run", "noSuchJob")).isEqualTo(CashpostCommandLine.USAGE);
		assertThat(text(this.err)).contains("unknown job 'noSuchJob'").contains("nightly");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private int run(String command, String... args) {
		return this.dispatcher.dispatch(command, List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
