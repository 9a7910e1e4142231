package io.cashpost.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the last server on a data directory left behind, read from its
 * {@code postmaster.pid} and the process table. Only asked by the directory's owner (see
 * {@link DataDirectoryLock}): no live Cashpost uses the server, whatever it is.
 */
sealed interface PreviousServer {

	/**
	 * How far a process's start may lie from the start time the server wrote: the two
	 * clocks are read a few milliseconds apart and rounded differently.
	 */
	Duration SAME_START = Duration.ofSeconds(10);

	/** What is left on the directory. */
	static PreviousServer on(Path dataDir) {
		if (!Files.exists(dataDir.resolve(PostmasterPidFile.NAME))) {
			return new None();
		}
		Optional<PostmasterPidFile> read = PostmasterPidFile.in(dataDir);
		if (read.isEmpty()) {
			return new Stale(PostmasterPidFile.NAME + " is empty or unreadable");
		}
		PostmasterPidFile file = read.get();
		Optional<ProcessHandle> process = ProcessHandle.of(file.pid()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return new Crashed(file);
		}
		ProcessHandle.Info info = process.get().info();
		Optional<String> command = info.command();
		if (command.isPresent() && !isPostgres(Path.of(command.get()))) {
			return new Stale("process " + file.pid() + " is now " + command.get() + ", not PostgreSQL");
		}
		Optional<Instant> started = info.startInstant();
		if (started.isPresent() && file.startedAt() != null
				&& Duration.between(started.get(), file.startedAt()).abs().compareTo(SAME_START) > 0) {
			return new Stale("process " + file.pid() + " started at " + started.get() + ", not when the server did ("
					+ file.startedAt() + ")");
		}
		if (command.isEmpty()) {
			return new Unknown(file, "this user may not inspect it");
		}
		if (sameDirectory(file.dataDir(), dataDir)) {
			return new Running(file, process.get(), Path.of(command.get()));
		}
		if (Files.isDirectory(file.dataDir())) {
			// the directory was copied while its server ran: that server serves the
			// original
			return new Stale("process " + file.pid() + " serves " + file.dataDir() + ", not this directory");
		}
		return new Unknown(file, "it claims " + file.dataDir() + ", which no longer exists");
	}

	private static boolean sameDirectory(Path recorded, Path dataDir) {
		try {
			return Files.isDirectory(recorded) && Files.isSameFile(recorded, dataDir);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean isPostgres(Path executable) {
		String name = executable.getFileName().toString();
		return name.equals("postgres") || name.equals("postgres.exe") || name.equals("postmaster");
	}

	/** Nothing: the last server stopped cleanly, or there never was one. */
	record None() implements PreviousServer {

	}

	/**
	 * The server is still running though no Cashpost owns it: its JVM was killed before
	 * it could stop it.
	 *
	 * @param file what it wrote
	 * @param process the postmaster
	 * @param executable its {@code postgres} binary
	 */
	record Running(PostmasterPidFile file, ProcessHandle process, Path executable) implements PreviousServer {

	}

	/**
	 * The server died without stopping (killed with its JVM, the machine went down): it
	 * recovers from its write-ahead log when it next starts.
	 */
	record Crashed(PostmasterPidFile file) implements PreviousServer {

	}

	/**
	 * A {@code postmaster.pid} no running server owns, which PostgreSQL would take for a
	 * live one (its process id is now another program's, typical in a container that
	 * restarted) and refuse to start.
	 *
	 * @param reason why it is known to be stale
	 */
	record Stale(String reason) implements PreviousServer {

	}

	/**
	 * A live PostgreSQL that cannot be shown to be this directory's server: left alone,
	 * for a person to look at.
	 *
	 * @param file what the server wrote
	 * @param reason why it cannot be told
	 */
	record Unknown(PostmasterPidFile file, String reason) implements PreviousServer {

	}

}
