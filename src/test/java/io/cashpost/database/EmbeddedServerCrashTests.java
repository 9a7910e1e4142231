package io.cashpost.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL when a JVM dies without stopping it: Cashpost runs in child
 * JVMs killed with SIGKILL, or the server itself is killed. Nothing here needs a person:
 * a server left running is stopped at the next start, the watchdog stops it within
 * seconds anyway, a server that died recovers, and a live Cashpost on the same directory
 * is refused in one line.
 */
class EmbeddedServerCrashTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@TempDir
	Path dir;

	@Test
	void aServerAKilledCashpostLeftRunningIsStoppedAndTheNextStartTakesTheDirectoryOver() throws Exception {
		Path pg = this.dir.resolve("pg");
		Process serve = cashpost("serve", "serve", "--server.port=0", "--cashpost.embedded-db.dir=" + pg,
				"--cashpost.embedded-db.watchdog=false");
		PostmasterPidFile orphan = awaitReady(pg, serve);
		serve.destroyForcibly().waitFor();
		Thread.sleep(1000);
		assertThat(alive(orphan.pid())).as("without its watchdog the server outlives the killed JVM").isTrue();

		long started = System.nanoTime();
		try (EmbeddedServer server = EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1)))) {
			report("a server left running stopped, and a new one started, in %d ms", started);
			assertThat(alive(orphan.pid())).isFalse();
			assertThat(postmaster(pg).pid()).isNotEqualTo(orphan.pid());
			assertThat(select1(server)).isOne();
		}
	}

	@Test
	void aSecondCashpostOnADirectoryInUseIsRefusedInOneLineNamingTheDirectoryAndTheOwner() throws Exception {
		Path pg = this.dir.resolve("pg");
		try (EmbeddedServer owner = EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1)))) {
			long postmaster = postmaster(pg).pid();

			long started = System.nanoTime();
			Process files = cashpost("files", "files", "--cashpost.embedded-db.dir=" + pg);
			assertThat(files.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
			report("a second Cashpost on a directory in use refused in %d ms", started);

			assertThat(files.exitValue()).isOne();
			assertThat(output("files", "err").lines()).singleElement()
				.isEqualTo("cashpost files: could not start: " + pg + " is in use by another Cashpost (process "
						+ ProcessHandle.current().pid() + "): one embedded database serves one Cashpost at a time; "
						+ "wait for it to end, or give this one another cashpost.embedded-db.dir");
			assertThat(postmaster(pg).pid()).as("the owner's server is left alone").isEqualTo(postmaster);
			assertThat(select1(owner)).isOne();
		}
	}

	@Test
	void theWatchdogStopsTheServerWithinSecondsOfTheJvmsDeath() throws Exception {
		Path pg = this.dir.resolve("pg");
		Process serve = cashpost("watched", "serve", "--server.port=0", "--cashpost.embedded-db.dir=" + pg);
		PostmasterPidFile server = awaitReady(pg, serve);
		ProcessHandle watchdog = awaitWatchdog(serve);

		long killed = System.nanoTime();
		serve.destroyForcibly().waitFor();
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (alive(server.pid()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		report("the watchdog stopped the server %d ms after the JVM was killed", killed);

		assertThat(alive(server.pid())).as("server gone within 5 s").isFalse();
		assertThat(pg.resolve("postmaster.pid")).as("a clean, fast shutdown").doesNotExist();
		assertThat(watchdog.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
	}

	@Test
	void aServerThatDiedRecoversAtTheNextStartWithWhatWasCommittedAndTheWaitIsNamed() throws Exception {
		Path pg = this.dir.resolve("pg");
		try (EmbeddedServer server = EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1)))) {
			JdbcClient db = JdbcClient.create(server.postgres().getPostgresDatabase());
			db.sql("create table survivor (id int primary key, amount numeric(19,4))").update();
			db.sql("insert into survivor values (1, 12.34)").update();
			killWithItsChildren(postmaster(pg).pid());
		}

		Process impatient = cashpost("impatient", "files", "--cashpost.embedded-db.dir=" + pg,
				"--cashpost.embedded-db.recovery-timeout=0s");
		assertThat(impatient.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
		assertThat(impatient.exitValue()).isOne();
		assertThat(output("impatient", "err").lines().filter((line) -> line.startsWith("cashpost files:")))
			.singleElement()
			.satisfies((line) -> assertThat(line).startsWith("cashpost files: could not start: " + pg
					+ ": the embedded PostgreSQL did not start: waited 0s for it to finish its crash recovery "
					+ "(replaying the write-ahead log); raise cashpost.embedded-db.recovery-timeout"));

		long started = System.nanoTime();
		try (EmbeddedServer server = EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1)))) {
			report("a server that died recovered and started in %d ms", started);
			assertThat(JdbcClient.create(server.postgres().getPostgresDatabase())
				.sql("select amount from survivor where id = 1")
				.query(String.class)
				.single()).isEqualTo("12.3400");
		}
	}

	@Test
	void aLockFileWhoseProcessIdAnotherProgramNowHasIsRemoved() throws Exception {
		Path pg = this.dir.resolve("pg");
		EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1))).close();
		Process other = new ProcessBuilder("sleep", "60").start();
		try {
			PreviousServerTests.pidFile(other.pid(), pg, java.time.Instant.now());

			try (EmbeddedServer server = EmbeddedServer.start(properties(pg, false, Duration.ofMinutes(1)))) {
				assertThat(select1(server)).isOne();
				assertThat(postmaster(pg).pid()).isNotEqualTo(other.pid());
			}
			assertThat(other.isAlive()).as("the other program is left alone").isTrue();
		}
		finally {
			other.destroyForcibly().waitFor();
		}
	}

	private static EmbeddedDatabaseProperties properties(Path pg, boolean watchdog, Duration recoveryTimeout) {
		return new EmbeddedDatabaseProperties(pg, false, 0, recoveryTimeout, watchdog, null);
	}

	private static int select1(EmbeddedServer server) {
		return JdbcClient.create(server.postgres().getPostgresDatabase()).sql("select 1").query(Integer.class).single();
	}

	private static PostmasterPidFile postmaster(Path pg) {
		return PostmasterPidFile.in(pg).orElseThrow();
	}

	private static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/**
	 * The server's own processes die with it; its shared memory is free once they have.
	 */
	private static void killWithItsChildren(long pid) throws Exception {
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> children = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		postmaster.onExit().get(10, TimeUnit.SECONDS);
		for (ProcessHandle child : children) {
			child.onExit().get(10, TimeUnit.SECONDS);
		}
	}

	private static PostmasterPidFile awaitReady(Path pg, Process cashpost) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(cashpost.isAlive()).as("Cashpost ended before its server was ready").isTrue();
			Optional<PostmasterPidFile> file = Files.exists(pg.resolve("postmaster.pid")) ? PostmasterPidFile.in(pg)
					: Optional.empty();
			if (file.isPresent() && file.get().status().equals("ready") && alive(file.get().pid())) {
				return file.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the embedded server in " + pg + " was not ready within " + PATIENCE);
	}

	private static ProcessHandle awaitWatchdog(Process cashpost) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<ProcessHandle> watchdog = cashpost.descendants()
				.filter((process) -> process.info()
					.arguments()
					.map(List::of)
					.orElse(List.of())
					.contains("cashpost-postgres-watchdog"))
				.findFirst();
			if (watchdog.isPresent()) {
				return watchdog.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no watchdog started within " + PATIENCE);
	}

	/** {@code cashpost ARGS} in a new JVM, stdout and stderr to files named after it. */
	private Process cashpost(String name, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						CashpostApplication.class.getName()));
		command.addAll(List.of(args));
		command.addAll(List.of("--cashpost.intake.dir=" + this.dir.resolve("intake"),
				"--cashpost.jobs.dir=" + Files.createDirectories(this.dir.resolve("jobs"))));
		return new ProcessBuilder(command).redirectOutput(this.dir.resolve(name + ".out").toFile())
			.redirectError(this.dir.resolve(name + ".err").toFile())
			.start();
	}

	private String output(String name, String stream) throws IOException {
		return Files.readString(this.dir.resolve(name + "." + stream), StandardCharsets.UTF_8);
	}

	private static void report(String format, long startedNanos) {
		System.out.printf("embedded server: " + format + "%n",
				Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
	}

}
