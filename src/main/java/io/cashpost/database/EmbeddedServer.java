package io.cashpost.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL of one data directory, owned by this JVM from start to stop.
 * Before it starts, whatever a killed Cashpost left on the directory is dealt with: a
 * server still running is stopped, a server that died is left to recover (bounded by
 * {@code cashpost.embedded-db.recovery-timeout}), a lock file no server owns is removed.
 * A live Cashpost on the same directory is refused.
 */
final class EmbeddedServer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(EmbeddedServer.class);

	/** A start without recovery takes a second or two; this allows for a busy machine. */
	private static final Duration NORMAL_START = Duration.ofSeconds(60);

	private final DataDirectoryLock lock;

	private final EmbeddedPostgres postgres;

	private final Optional<ServerWatchdog> watchdog;

	private EmbeddedServer(DataDirectoryLock lock, EmbeddedPostgres postgres, Optional<ServerWatchdog> watchdog) {
		this.lock = lock;
		this.postgres = postgres;
		this.watchdog = watchdog;
	}

	static EmbeddedServer start(EmbeddedDatabaseProperties properties) {
		Path dir = properties.dir().toAbsolutePath().normalize();
		DataDirectoryLock lock = DataDirectoryLock.acquire(dir);
		try {
			boolean recovering = takeOver(dir, properties.recoveryTimeout());
			if (properties.clean()) {
				deleteRecursively(dir);
				recovering = false;
			}
			Files.createDirectories(dir);
			EmbeddedPostgres postgres = startPostgres(properties, dir, recovering);
			Optional<ServerWatchdog> watchdog = properties.watchdog() ? ServerWatchdog.watch(postmasterPid(dir), dir)
					: Optional.empty();
			return new EmbeddedServer(lock, postgres, watchdog);
		}
		catch (IOException ex) {
			lock.close();
			throw new UncheckedIOException(dir + ": " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			lock.close();
			throw ex;
		}
	}

	EmbeddedPostgres postgres() {
		return this.postgres;
	}

	Optional<ServerWatchdog> watchdog() {
		return this.watchdog;
	}

	/** Stops the server, then stands the watchdog down, then lets the directory go. */
	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.watchdog.ifPresent(ServerWatchdog::close);
			this.lock.close();
		}
	}

	/**
	 * Clears what the last server left behind.
	 * @return whether the server will have to recover from a crash when it starts
	 */
	private static boolean takeOver(Path dir, Duration timeout) throws IOException {
		PreviousServer previous = PreviousServer.on(dir);
		if (previous instanceof PreviousServer.Running running) {
			logger.warn(dir + ": stopping the PostgreSQL server (process " + running.process().pid() + ", port "
					+ running.file().port() + ") that a killed Cashpost left running");
			FastShutdown.stop(running, dir, timeout);
			return false;
		}
		if (previous instanceof PreviousServer.Crashed crashed) {
			logger.warn(dir + ": PostgreSQL (process " + crashed.file().pid()
					+ ") did not shut down cleanly; it recovers from its write-ahead log as it starts, allowed "
					+ text(timeout));
			return true;
		}
		if (previous instanceof PreviousServer.Stale stale) {
			logger.warn(dir + ": removing a " + PostmasterPidFile.NAME + " no server owns (" + stale.reason()
					+ "); PostgreSQL recovers from the crash that left it, allowed " + text(timeout));
			Files.deleteIfExists(dir.resolve(PostmasterPidFile.NAME));
			return true;
		}
		if (previous instanceof PreviousServer.Unknown unknown) {
			throw new EmbeddedDatabaseException(dir + ": PostgreSQL process " + unknown.file().pid()
					+ " holds this directory but no Cashpost owns it, and it cannot be shown to be this directory's "
					+ "server (" + unknown.reason() + "); look at it, stop it, and start again");
		}
		return false;
	}

	private static EmbeddedPostgres startPostgres(EmbeddedDatabaseProperties properties, Path dir, boolean recovering)
			throws IOException {
		Duration wait = recovering ? properties.recoveryTimeout() : shorter(NORMAL_START, properties.recoveryTimeout());
		// The data stays after exit, a scratch one too, so that the demo's results can be
		// looked at. A kept database keeps every commit it confirmed through a crash of
		// the server or the machine (the library's default, synchronous_commit off, may
		// lose the last few hundred milliseconds of them); a scratch one need not.
		String durable = properties.clean() ? "off" : "on";
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(wait)
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", durable)
			.setServerConfig("synchronous_commit", durable);
		properties.settings().forEach(builder::setServerConfig);
		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}
		try {
			return builder.start();
		}
		catch (IOException ex) {
			String waitedFor = recovering ? "to finish its crash recovery (replaying the write-ahead log)"
					: "to accept connections";
			throw new EmbeddedDatabaseException(dir + ": the embedded PostgreSQL did not start: waited " + text(wait)
					+ " for it " + waitedFor + (recovering ? "; raise cashpost.embedded-db.recovery-timeout" : "")
					+ " (last: " + lastFailure(ex) + ")", ex);
		}
	}

	/** {@code 5m}, {@code 90s}: as the setting is written. */
	static String text(Duration duration) {
		if (duration.toMillis() % 1000 != 0) {
			return duration.toMillis() + "ms";
		}
		long seconds = duration.toSeconds();
		return (seconds % 60 == 0 && seconds > 0) ? (seconds / 60) + "m" : seconds + "s";
	}

	private static Duration shorter(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static String lastFailure(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
	}

	private static long postmasterPid(Path dir) {
		return PostmasterPidFile.in(dir)
			.orElseThrow(() -> new EmbeddedDatabaseException(
					dir + ": PostgreSQL started but wrote no " + PostmasterPidFile.NAME))
			.pid();
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
