package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostApplication;
import io.cashpost.posting.LedgerFixture;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code matchAndPostJob} on worker JVMs: a manager JVM ({@code ingest} in {@code remote}
 * mode) and two {@code cashpost worker} JVMs on one machine share one embedded
 * PostgreSQL, one worker polling for partition requests, the other woken by
 * {@code NOTIFY}. A statement of {@value #DEFAULT_PAYMENTS} payments by default
 * ({@code -Dcashpost.workers.test.payments=20000} for the full-size proof) with a mix of
 * full and partial payments, payments of two customers' invoices, unknown payers,
 * outgoing payments and returns:
 * <ol>
 * <li>posted by one JVM alone (the reference);</li>
 * <li>posted by the manager and the two workers: the same allocations, the same
 * ledger;</li>
 * <li>posted again with one worker killed with SIGKILL mid-partition: the manager marks
 * that partition failed and fails the run; {@code restart} runs only that partition again
 * (on the surviving worker), and the ledger ends the same again, with
 * {@code verify-ledger} clean.</li>
 * </ol>
 */
class MatchAndPostOnWorkersJobTests {

	static final int DEFAULT_PAYMENTS = 4000;

	private static final int PAYMENTS = Integer.getInteger("cashpost.workers.test.payments", DEFAULT_PAYMENTS);

	private static final int PARTITIONS = 4;

	private static final int CHUNK = Math.max(50, PAYMENTS / 80);

	private static final Duration PATIENCE = Duration.ofSeconds(Math.max(180, PAYMENTS / 40));

	private static EmbeddedPostgres postgres;

	private static final List<Process> children = new ArrayList<>();

	@TempDir
	static Path dir;

	private static Path statement;

	private static JdbcClient db;

	private static SingleConnectionDataSource dataSource;

	@BeforeAll
	static void startDatabaseAndWriteTheStatement() throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setServerConfig("max_connections", "100")
			.start();
		dataSource = new SingleConnectionDataSource(url(), "postgres", "", true);
		Flyway.configure().dataSource(dataSource).load().migrate();
		db = JdbcClient.create(dataSource);
		statement = MixedStatement.write(dir, PAYMENTS);
	}

	/**
	 * Stops what is left and keeps the JVMs' logs in {@code target/workers-test-logs}.
	 */
	@AfterAll
	static void stopEverything() throws IOException {
		children.forEach(Process::destroyForcibly);
		Path logs = Files.createDirectories(Path.of("target", "workers-test-logs"));
		try (var files = Files.list(dir)) {
			for (Path log : files.filter((file) -> file.toString().endsWith(".log")).toList()) {
				Files.copy(log, logs.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
		if (dataSource != null) {
			dataSource.destroy();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void workersPostWhatOneJvmPostsAndAWorkerKilledMidPartitionLeavesOnlyItsPartitionToRestart() throws Exception {
		long started = System.nanoTime();
		Ledger alone = ledgerAfter("one JVM", "--cashpost.workers.mode=local");
		assertThat(alone.totals()).containsEntry("transactions new", 0L);
		log("one JVM: %d allocations, %d s", alone.allocations().size(), seconds(started));

		Map<String, Process> workers = Map.of("w1", worker("w1"), "w2",
				worker("w2", "--cashpost.workers.jdbc.listen=true"));
		awaitLiveWorkers(2);
		long remote = System.nanoTime();
		Ledger onWorkers = ledgerAfter("two workers", remote());
		assertThat(onWorkers).isEqualTo(alone);
		assertThat(runnersOfLastRun()).containsOnly(runner("w1"), runner("w2"));
		log("two workers: %d s", seconds(remote));

		long killed = System.nanoTime();
		clearLedger();
		Process manager = command("ingest-killed", remote("ingest", statement.toString()));
		String victim = awaitPartitionMidWay(manager);
		String survivor = victim.equals("w1") ? "w2" : "w1";
		workers.get(victim).destroyForcibly().waitFor();
		log("killed %s mid-partition", runner(victim));
		assertThat(manager.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the manager ends").isTrue();
		assertThat(manager.exitValue()).as("the run fails").isEqualTo(1);
		long failedRun = lastRun();
		assertThat(partitionsOf(failedRun)).as("only the killed worker's partition failed")
			.containsValue("FAILED")
			.satisfies((partitions) -> assertThat(partitions.values().stream().filter("FAILED"::equals)).hasSize(1));
		assertThat(exitOfFailedPartition(failedRun)).contains(runner(victim) + " is gone");
		assertThat(db.sql("select exit_message from batch_job_execution where job_execution_id = :run")
			.param("run", failedRun)
			.query(String.class)
			.single()).as("what jobs shows of the run").contains("ended FAILED: " + runner(victim) + " is gone");

		assertThat(run("restart", remote("restart", Long.toString(failedRun)))).as("restart").isZero();
		long restarted = lastRun();
		assertThat(partitionsOf(restarted)).as("restart runs the failed partition only").hasSize(1);
		assertThat(runnersOfLastRun()).containsOnly(runner(survivor));
		assertThat(ledger()).isEqualTo(alone);
		assertThat(run("verify-ledger", "verify-ledger")).as("verify-ledger").isZero();
		log("killed and restarted: %d s; all: %d s", seconds(killed), seconds(started));
	}

	/** Posts the statement with one {@code ingest} on a cleared ledger. */
	private Ledger ledgerAfter(String name, String... options) throws Exception {
		clearLedger();
		List<String> args = new ArrayList<>(List.of("ingest", statement.toString()));
		args.addAll(List.of(options));
		assertThat(run(name, args.toArray(String[]::new))).as(name).isZero();
		return ledger();
	}

	/** The command's words, then the options of a manager in {@code remote} mode. */
	private static String[] remote(String... words) {
		List<String> args = new ArrayList<>(List.of(words));
		args.addAll(List.of("--cashpost.workers.mode=remote", "--cashpost.workers.poll-interval=300ms",
				"--cashpost.workers.wait-for-workers=60s"));
		return args.toArray(String[]::new);
	}

	/**
	 * Waits until a worker has committed a few chunks of a partition it has not finished.
	 * @return the worker's name
	 */
	private String awaitPartitionMidWay(Process manager) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(manager.isAlive()).as("the run ended before a worker was killed").isTrue();
			List<String> workers = db.sql("""
					select w.name from batch_step_execution s
					  join partition_placement p on p.step_execution_id = s.step_execution_id
					  join worker w on w.worker_id = p.worker_id
					 where s.status = 'STARTED'
					   and s.write_count + s.filter_count >= :done
					   and s.read_count + :done <= (select count(*) from match_route r
					                                 where r.partition_no = substring(s.step_name from '(\\d+)$')::int)
					""").param("done", 2 * CHUNK).query(String.class).list();
			if (!workers.isEmpty()) {
				return workers.get(0);
			}
			Thread.sleep(20);
		}
		throw new AssertionError("no partition was half done in time");
	}

	/** {@code worker #2 w1}: how placements name the worker called so. */
	private static String runner(String name) {
		return "worker #" + db.sql("select worker_id from worker where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() + " " + name;
	}

	private static void awaitLiveWorkers(int count) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (db.sql("select count(*) from worker where stopped_at is null").query(Long.class).single() < count) {
			assertThat(System.nanoTime()).as("workers registered in time").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static long lastRun() {
		return db.sql("""
				select max(e.job_execution_id) from batch_job_execution e
				  join batch_job_instance i on i.job_instance_id = e.job_instance_id
				 where i.job_name = 'matchAndPostJob'
				""").query(Long.class).single();
	}

	private static Map<String, String> partitionsOf(long run) {
		Map<String, String> partitions = new LinkedHashMap<>();
		db.sql("""
				select step_name, status from batch_step_execution
				 where job_execution_id = :run and step_name like '%:partition%' order by step_name
				""")
			.param("run", run)
			.query((RowCallbackHandler) (rs) -> partitions.put(rs.getString(1), rs.getString(2)));
		return partitions;
	}

	private static String exitOfFailedPartition(long run) {
		return db.sql("""
				select exit_message from batch_step_execution
				 where job_execution_id = :run and step_name like '%:partition%' and status = 'FAILED'
				""").param("run", run).query(String.class).single();
	}

	private static List<String> runnersOfLastRun() {
		return db.sql("""
				select p.runner from partition_placement p
				  join batch_step_execution s on s.step_execution_id = p.step_execution_id
				 where s.job_execution_id = :run
				""").param("run", lastRun()).query(String.class).list();
	}

	/**
	 * Empties the ledger and the statements (the job repository too, so that no run is
	 * left to restart), then loads the open invoices the statement pays.
	 */
	private static void clearLedger() {
		db.sql("""
				truncate table exception_resolution, exception_item, allocation, journal_line, journal_entry,
				    bank_transaction, bank_statement, statement_file, customer_account, invoice, customer, file_refusal,
				    match_route, int_channel_message, partition_placement, batch_step_execution_context,
				    batch_job_execution_context, batch_step_execution, batch_job_execution_params,
				    batch_job_execution, batch_job_instance cascade
				""").update();
		MixedStatement.insertInvoices(db, PAYMENTS);
	}

	/** What the run posted: totals per account and status, and every allocation. */
	private static Ledger ledger() {
		assertThat(LedgerFixture.verify(db).disagreements()).isEmpty();
		Map<String, Object> totals = new LinkedHashMap<>();
		db.sql("""
				select account_code, sum(debit) as debits, sum(credit) as credits from journal_line
				 group by account_code order by account_code
				""")
			.query((RowCallbackHandler) (rs) -> totals.put(rs.getString("account_code"),
					rs.getBigDecimal("debits").toPlainString() + " / " + rs.getBigDecimal("credits").toPlainString()));
		db.sql("select kind, count(*) from journal_entry group by kind order by kind")
			.query((RowCallbackHandler) (rs) -> totals.put("entries " + rs.getString(1), rs.getLong(2)));
		db.sql("select payment_status, count(*), sum(open_amount) from invoice group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("invoices " + rs.getString(1),
					rs.getLong(2) + " / " + rs.getBigDecimal(3)));
		db.sql("select match_status, count(*) from bank_transaction group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("transactions " + rs.getString(1), rs.getLong(2)));
		totals.putIfAbsent("transactions new", 0L);
		db.sql("select reason, count(*) from exception_item group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("exceptions " + rs.getString(1), rs.getLong(2)));
		List<String> allocations = db.sql("""
				select t.entry_ref, coalesce(i.invoice_number, '-'), a.customer_id, a.applied_amount, a.discount_amount,
				       a.write_off_amount, coalesce(a.reason_code, '-'), a.rule, a.status
				  from allocation a
				  join bank_transaction t on t.transaction_id = a.bank_transaction_id
				  left join invoice i on i.invoice_id = a.invoice_id
				 order by t.entry_ref, i.invoice_number
				""").query((rs, row) -> {
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= 9; column++) {
				Object value = rs.getObject(column);
				line.append((value instanceof BigDecimal amount) ? amount.toPlainString() : value).append(' ');
			}
			return line.toString().trim();
		}).list();
		return new Ledger(totals, allocations);
	}

	record Ledger(Map<String, Object> totals, List<String> allocations) {

		@Override
		public String toString() {
			return this.totals + " and " + this.allocations.size() + " allocations";
		}

	}

	private static Process worker(String name, String... options) throws IOException {
		List<String> args = new ArrayList<>(
				List.of("worker", "--cashpost.workers.name=" + name, "--cashpost.workers.jdbc.poll-interval=300ms",
						"--cashpost.workers.heartbeat-interval=1s", "--cashpost.workers.heartbeat-timeout=10s"));
		args.addAll(List.of(options));
		return command("worker-" + name, args.toArray(String[]::new));
	}

	private static int run(String name, String... args) throws Exception {
		Process process = command(name, args);
		assertThat(process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(name + " ends in time").isTrue();
		if (process.exitValue() != 0) {
			log("%s exited %d:%n%s", name, process.exitValue(), tail(name));
		}
		return process.exitValue();
	}

	/** A {@code cashpost} command in a JVM of its own, on the shared database. */
	private static Process command(String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						CashpostApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=postgres",
				"--cashpost.intake.dir=" + dir.resolve("intake-" + name), "--cashpost.jobs.partitions=" + PARTITIONS,
				"--cashpost.jobs.matching-chunk-size=" + CHUNK, "--cashpost.jobs.progress-interval=2s"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(name + ".log").toFile())
			.start();
		children.add(process);
		return process;
	}

	private static String tail(String name) throws IOException {
		List<String> lines = Files.readAllLines(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static String url() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?reWriteBatchedInserts=true";
	}

	private static long seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toSeconds();
	}

	private static void log(String format, Object... args) {
		System.out.printf("workers test (%d payments): %s%n", PAYMENTS, format.formatted(args));
	}

}
