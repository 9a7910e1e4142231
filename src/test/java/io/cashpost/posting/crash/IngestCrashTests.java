package io.cashpost.posting.crash;

import java.io.IOException;
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
 * {@code ingest} of a large statement in a child JVM, killed with SIGKILL mid-way (while
 * staging, then the rerun while matching; or late in matching), then {@code ingest} again
 * in a new JVM: the ledger ends exactly as after an uninterrupted run, nothing lost,
 * nothing doubled, and {@code verify-ledger}'s checks agree. These runs share one
 * embedded PostgreSQL, a database each. The last scenario kills JVMs that run their own
 * embedded PostgreSQL, as Cashpost runs by default: the next run starts at once, whatever
 * the killed one left running, and says it resumed the file.
 */
class IngestCrashTests {

	private static final int ENTRIES = 3000;

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static EmbeddedPostgres postgres;

	@TempDir
	static Path dir;

	private static Path statement;

	private static LargeStatement generated;

	@BeforeAll
	static void startDatabaseAndWriteTheStatement() throws IOException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.start();
		generated = new LargeStatement(ENTRIES);
		statement = generated.writeTo(dir.resolve("large.camt053.xml"));
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	private static Map<String, Object> uninterrupted;

	@Test
	void aRunKilledAnywhereAndRunAgainPostsExactlyWhatAnUninterruptedRunPosts() throws Exception {
		Map<String, Object> uninterrupted = uninterrupted();

		assertThat(scenario("staging then matching",
				(db) -> staged(db) >= ENTRIES / 4 && fileStatus(db).equals("received"),
				(db) -> decided(db) >= ENTRIES / 3))
			.isEqualTo(uninterrupted);
		assertThat(scenario("late in matching", (db) -> decided(db) >= ENTRIES * 4 / 5)).isEqualTo(uninterrupted);
	}

	/**
	 * Cashpost on its own embedded PostgreSQL, killed while matching with its watchdog
	 * off, so that the server is left running (as where no watchdog runs; the watchdog
	 * itself is tested in {@code EmbeddedServerCrashTests}). The next {@code ingest}
	 * stops that server, finishes the file, exits 0 and says {@code resumed}.
	 */
	@Test
	void aJvmKilledWithItsEmbeddedServerIsResumedAtOnceByTheNextRun() throws Exception {
		Map<String, Object> uninterrupted = uninterrupted();
		long started = System.nanoTime();
		Path pg = dir.resolve("embedded-pg");
		Path intake = Files.createDirectories(dir.resolve("intake-embedded"));
		try (EmbeddedPostgres own = EmbeddedPostgres.builder()
			.setDataDirectory(pg)
			.setCleanDataDirectory(false)
			.start()) {
			Flyway.configure().dataSource(own.getPostgresDatabase()).load().migrate();
			insertInvoices(JdbcClient.create(own.getPostgresDatabase()));
		}

		long leftRunning = killEmbedded(embeddedIngest(pg, intake, "embedded-killed"), pg,
				(db) -> decided(db) >= ENTRIES / 3);
		Thread.sleep(500);
		assertThat(ProcessHandle.of(leftRunning).filter(ProcessHandle::isAlive)).as("server left running").isPresent();

		long resumedAt = System.nanoTime();
		Process last = embeddedIngest(pg, intake, "embedded");
		assertThat(last.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the resuming run ends").isTrue();
		System.out.printf("crash scenario 'embedded': the resuming run took %d ms, JVM start included%n",
				Duration.ofNanos(System.nanoTime() - resumedAt).toMillis());
		assertThat(last.exitValue()).as(Files.readString(dir.resolve("embedded.log"))).isZero();
		assertThat(Files.readString(dir.resolve("embedded.out")).strip())
			.startsWith(statement.getFileName() + ": ingested camt.053.001.08, " + ENTRIES + " entries, ")
			.endsWith(", resumed");
		assertThat(ProcessHandle.of(leftRunning).filter(ProcessHandle::isAlive)).as("the server left running, stopped")
			.isEmpty();

		try (EmbeddedPostgres own = EmbeddedPostgres.builder()
			.setDataDirectory(pg)
			.setCleanDataDirectory(false)
			.start()) {
			JdbcClient db = JdbcClient.create(own.getPostgresDatabase());
			assertThat(LedgerFixture.verify(db).disagreements()).isEmpty();
			assertThat(totals(db)).isEqualTo(uninterrupted);
		}
		System.out.printf("crash scenario 'embedded': %d s%n",
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/** The totals of an uninterrupted run, once for all the tests. */
	private Map<String, Object> uninterrupted() throws Exception {
		if (uninterrupted == null) {
			uninterrupted = scenario("uninterrupted");
			assertThat(uninterrupted).containsEntry("transactions new", 0L);
		}
		return uninterrupted;
	}

	/**
	 * Waits for the child's server, then for the kill point, and kills the JVM alone.
	 * @return the process id of the child's server
	 */
	private static long killEmbedded(Process child, Path pg, KillPoint point) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		List<String> server = List.of();
		while (server.size() < 8 || !server.get(7).strip().equals("ready")) {
			assertThat(child.isAlive()).as("the run ended before its server was ready").isTrue();
			assertThat(System.nanoTime()).as("its server not ready in time").isLessThan(deadline);
			Thread.sleep(50);
			server = Files.exists(pg.resolve("postmaster.pid")) ? Files.readAllLines(pg.resolve("postmaster.pid"))
					: List.of();
		}
		String url = "jdbc:postgresql://localhost:" + server.get(3).strip() + "/postgres";
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "postgres", "", true);
		try {
			JdbcClient db = JdbcClient.create(dataSource);
			while (!reachedOrNotYetMigrated(point, db)) {
				assertThat(child.isAlive()).as("the run ended before the kill point").isTrue();
				assertThat(System.nanoTime()).as("kill point not reached in time").isLessThan(deadline);
				Thread.sleep(10);
			}
			long staged = staged(db);
			long decided = decided(db);
			child.destroyForcibly().waitFor();
			System.out.printf("crash scenario 'embedded': killed with %d staged, %d decided%n", staged, decided);
			assertThat(decided).as("killed before the end").isLessThan(ENTRIES);
		}
		finally {
			dataSource.destroy();
		}
		return Long.parseLong(server.get(0).strip());
	}

	private static boolean reachedOrNotYetMigrated(KillPoint point, JdbcClient db) {
		try {
			return point.reached(db);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return false;
		}
	}

	private static Process embeddedIngest(Path pg, Path intake, String log) throws IOException {
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				CashpostApplication.class.getName(), "ingest", statement.toString(), "--cashpost.embedded-db.dir=" + pg,
				"--cashpost.embedded-db.watchdog=false", "--cashpost.intake.dir=" + intake,
				"--cashpost.jobs.staging-chunk-size=25", "--cashpost.jobs.matching-chunk-size=50"));
		return new ProcessBuilder(command).redirectOutput(dir.resolve(log + ".out").toFile())
			.redirectError(dir.resolve(log + ".log").toFile())
			.start();
	}

	/**
	 * Kills a run at each point in turn (a new JVM each time), then runs to the end and
	 * reads the ledger's totals.
	 */
	@SafeVarargs
	private Map<String, Object> scenario(String name, KillPoint... killPoints) throws Exception {
		long started = System.nanoTime();
		String database = name.replace(' ', '_');
		JdbcClient postgresDb = JdbcClient.create(postgres.getPostgresDatabase());
		postgresDb.sql("create database " + database).update();
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url(database), "postgres", "", true);
		Flyway.configure().dataSource(dataSource).load().migrate();
		JdbcClient db = JdbcClient.create(dataSource);
		insertInvoices(db);
		Path intake = Files.createDirectories(dir.resolve("intake-" + database));
		for (KillPoint point : killPoints) {
			Process child = ingest(database, intake, name + "-killed");
			awaitThenKill(child, db, point, name);
		}
		Process last = ingest(database, intake, name);
		assertThat(last.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as(name + ": the last run ends").isTrue();
		String said = Files.readString(dir.resolve(name.replace(' ', '-') + ".log"));
		assertThat(last.exitValue()).as(said).isZero();
		assertThat(said.contains(", resumed")).as(name + ": says it resumed").isEqualTo(killPoints.length > 0);
		assertThat(LedgerFixture.verify(db).disagreements()).as(name).isEmpty();
		Map<String, Object> totals = totals(db);
		dataSource.destroy();
		System.out.printf("crash scenario '%s': %d s%n", name,
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		return totals;
	}

	private void awaitThenKill(Process child, JdbcClient db, KillPoint point, String name) throws Exception {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!point.reached(db)) {
			assertThat(child.isAlive()).as(name + ": the run ended before the kill point").isTrue();
			assertThat(System.nanoTime()).as(name + ": kill point not reached in time").isLessThan(deadline);
			Thread.sleep(10);
		}
		assertThat(child.isAlive()).as(name + ": alive at the kill point").isTrue();
		child.destroyForcibly().waitFor();
		System.out.printf("crash scenario '%s': killed with %d staged, %d decided%n", name, staged(db), decided(db));
		assertThat(decided(db)).as(name + ": killed before the end").isLessThan(ENTRIES);
	}

	private Process ingest(String database, Path intake, String log) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						CashpostApplication.class.getName(), "ingest", statement.toString(),
						"--spring.datasource.url=" + url(database), "--spring.datasource.username=postgres",
						"--cashpost.intake.dir=" + intake, "--cashpost.jobs.staging-chunk-size=25",
						"--cashpost.jobs.matching-chunk-size=50"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve(log.replace(' ', '-') + ".log").toFile())
			.start();
	}

	/** The invoices {@link LargeStatement} pays, one per entry, in one statement. */
	private void insertInvoices(JdbcClient db) {
		db.sql("""
				insert into customer (customer_id, name)
				select 'C-' || n, 'Customer ' || n from generate_series(0, 49) n
				""").update();
		db.sql("""
				insert into invoice (invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,
				                     due_date)
				select 'INV-' || lpad(n::text, 6, '0'), 'INV' || lpad(n::text, 6, '0'), 'C-' || (n % 50), 'EUR',
				       (10000 + (n::bigint * 7919) % 90000) / 100.0, (10000 + (n::bigint * 7919) % 90000) / 100.0,
				       date '2026-10-01', date '2026-10-31'
				  from generate_series(1, :entries) n
				""").param("entries", ENTRIES).update();
	}

	/** What an uninterrupted run and every interrupted one must agree on. */
	private static Map<String, Object> totals(JdbcClient db) {
		Map<String, Object> totals = new LinkedHashMap<>();
		db.sql("""
				select account_code, sum(debit) as debits, sum(credit) as credits from journal_line
				 group by account_code order by account_code
				""").query((rs) -> {
			totals.put(rs.getString("account_code"),
					rs.getBigDecimal("debits").toPlainString() + " / " + rs.getBigDecimal("credits").toPlainString());
		});
		db.sql("select kind, count(*) from journal_entry group by kind order by kind")
			.query((RowCallbackHandler) (rs) -> totals.put("entries " + rs.getString(1), rs.getLong(2)));
		db.sql("select status, count(*), sum(applied_amount) from allocation group by status order by status")
			.query((RowCallbackHandler) (rs) -> totals.put("allocations " + rs.getString(1),
					rs.getLong(2) + " / " + rs.getBigDecimal(3)));
		db.sql("select payment_status, count(*), sum(open_amount) from invoice group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("invoices " + rs.getString(1),
					rs.getLong(2) + " / " + rs.getBigDecimal(3)));
		db.sql("select match_status, count(*) from bank_transaction group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("transactions " + rs.getString(1), rs.getLong(2)));
		totals.putIfAbsent("transactions new", 0L);
		db.sql("select reason, count(*) from exception_item group by 1 order by 1")
			.query((RowCallbackHandler) (rs) -> totals.put("exceptions " + rs.getString(1), rs.getLong(2)));
		totals.put("files", db.sql("select string_agg(status, ',') from statement_file").query(String.class).single());
		return totals;
	}

	private static long staged(JdbcClient db) {
		return db.sql("select count(*) from bank_transaction").query(Long.class).single();
	}

	private static long decided(JdbcClient db) {
		return db.sql("select count(*) from bank_transaction where match_status <> 'new'").query(Long.class).single();
	}

	private static String fileStatus(JdbcClient db) {
		return db.sql("select coalesce(max(status), 'none') from statement_file").query(String.class).single();
	}

	private static String url(String database) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database + "?reWriteBatchedInserts=true";
	}

	@FunctionalInterface
	interface KillPoint {

		boolean reached(JdbcClient db);

	}

}
