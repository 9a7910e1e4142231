package io.cashpost.database;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A tiny shell process that outlives the JVM to stop its embedded PostgreSQL: its stdin
 * is a pipe from the JVM, which the operating system closes when the JVM dies however it
 * dies ({@code kill -9}, the OOM killer), so the watchdog wakes at once, without polling,
 * and asks the server for a fast shutdown. A JVM that stops its server itself tells the
 * watchdog to stand down first. Needs {@code /bin/sh}: Linux and macOS.
 */
final class ServerWatchdog implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(ServerWatchdog.class);

	/**
	 * $1 the postmaster's pid, $2 the data directory. Signals sent to the JVM's process
	 * group (Ctrl-C) must not take the watchdog down before the JVM. The pid is checked
	 * against postmaster.pid so that a server a later Cashpost started is never touched;
	 * SIGINT is what {@code pg_ctl stop -m fast} sends.
	 */
	private static final String SCRIPT = """
			trap '' HUP INT TERM QUIT
			read -r word
			[ "$word" = closed ] && exit 0
			read -r pid < "$2/postmaster.pid" || exit 0
			[ "$pid" = "$1" ] && kill -INT "$1"
			""";

	private static final String STAND_DOWN = "closed\n";

	private final Process process;

	private ServerWatchdog(Process process) {
		this.process = process;
	}

	/**
	 * Starts watching; empty where there is no {@code /bin/sh} (Windows), where a server
	 * left running is stopped by the next start instead.
	 */
	static Optional<ServerWatchdog> watch(long postmasterPid, Path dataDir) {
		if (System.getProperty("os.name", "").startsWith("Windows")) {
			logger.debug("no watchdog on Windows: a server left running by a killed JVM is stopped at the next start");
			return Optional.empty();
		}
		try {
			Process process = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "cashpost-postgres-watchdog",
					Long.toString(postmasterPid), dataDir.toAbsolutePath().toString())
				// never write into a pipe whose reader may be dead: that would kill the
				// watchdog with SIGPIPE
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			return Optional.of(new ServerWatchdog(process));
		}
		catch (IOException ex) {
			logger.warn("cannot start the watchdog of the embedded PostgreSQL (" + ex.getMessage()
					+ "): if this JVM is killed, the next start stops the server it leaves running");
			return Optional.empty();
		}
	}

	long pid() {
		return this.process.pid();
	}

	/** Tells the watchdog that the server is stopped: it exits without touching it. */
	@Override
	public void close() {
		try (OutputStream in = this.process.getOutputStream()) {
			in.write(STAND_DOWN.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			// gone already
		}
		try {
			this.process.waitFor(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
