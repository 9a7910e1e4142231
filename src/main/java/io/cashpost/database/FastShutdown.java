package io.cashpost.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a PostgreSQL server the way {@code pg_ctl stop -m fast} does: open transactions
 * roll back, sessions end, a checkpoint is written, so the next start needs no recovery.
 */
final class FastShutdown {

	private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

	private FastShutdown() {
	}

	/**
	 * Stops the server and waits until its postmaster has exited.
	 * @throws EmbeddedDatabaseException when it does not stop in time
	 */
	static void stop(PreviousServer.Running server, Path dataDir, Duration timeout) {
		long pid = server.process().pid();
		if (WINDOWS) {
			// no signals on Windows: pg_ctl reaches the server its own way
			Path pgCtl = server.executable().resolveSibling("pg_ctl.exe");
			if (!run(List.of(pgCtl.toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t",
					Long.toString(Math.max(1, timeout.toSeconds()))), dataDir, timeout)) {
				throw new EmbeddedDatabaseException(dataDir + ": cannot stop the PostgreSQL a killed Cashpost left "
						+ "running (process " + pid + "): no " + pgCtl);
			}
		}
		// SIGINT is what pg_ctl sends for a fast shutdown; aimed at the very process, and
		// pg_ctl would refuse to run as root anyway
		else if (!run(List.of("kill", "-INT", Long.toString(pid)), dataDir, timeout)) {
			// no kill command (a minimal container image): SIGTERM, a smart shutdown,
			// which ends as soon as the dead JVM's sessions have noticed it is gone
			server.process().destroy();
		}
		try {
			server.process().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new EmbeddedDatabaseException(dataDir + ": the PostgreSQL a killed Cashpost left running (process "
					+ pid + ") did not stop within " + EmbeddedServer.text(timeout) + "; stop it (pg_ctl -D " + dataDir
					+ " stop -m immediate) or raise cashpost.embedded-db.recovery-timeout");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedDatabaseException(dataDir + ": interrupted while stopping PostgreSQL process " + pid);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs the command to its end.
	 * @return false when there is no such command
	 * @throws EmbeddedDatabaseException when it fails
	 */
	private static boolean run(List<String> command, Path dataDir, Duration timeout) {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			return false;
		}
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
			else if (process.exitValue() != 0) {
				throw new EmbeddedDatabaseException(dataDir
						+ ": cannot stop the PostgreSQL a killed Cashpost left running: " + String.join(" ", command)
						+ ": " + output.lines().findFirst().orElse("exit " + process.exitValue()));
			}
			return true;
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException(
					dataDir + ": cannot stop the PostgreSQL a killed Cashpost left running: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new EmbeddedDatabaseException(dataDir + ": interrupted while stopping PostgreSQL");
		}
	}

}
