package io.cashpost.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code postmaster.pid} in a data directory says about the server that wrote it:
 * PostgreSQL writes it at start and removes it at a clean stop, so a file left there
 * means the server is running or died without stopping.
 *
 * @param pid the postmaster's process id
 * @param dataDir the data directory it serves, absolute
 * @param startedAt when it started
 * @param port its port
 * @param status {@code starting}, {@code ready}, {@code stopping} or {@code standby}, or
 * empty while it has not written one yet
 */
record PostmasterPidFile(long pid, Path dataDir, Instant startedAt, int port, String status) {

	static final String NAME = "postmaster.pid";

	/** The file in this data directory, if there is one that can be understood. */
	static Optional<PostmasterPidFile> in(Path dataDir) {
		try {
			return parse(Files.readAllLines(dataDir.resolve(NAME), StandardCharsets.UTF_8));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new EmbeddedDatabaseException("cannot read " + dataDir.resolve(NAME) + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Lines as PostgreSQL writes them: pid, data directory, start time (epoch seconds),
	 * port, socket directory, listen address, shared memory key, status. A file cut short
	 * (a server that died while writing it) is read as far as it goes.
	 */
	static Optional<PostmasterPidFile> parse(List<String> lines) {
		if (lines.size() < 2) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(lines.get(0).strip());
			Path dataDir = Path.of(lines.get(1).strip());
			Instant startedAt = (lines.size() > 2) ? Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip())) : null;
			int port = (lines.size() > 3) ? Integer.parseInt(lines.get(3).strip()) : 0;
			String status = (lines.size() > 7) ? lines.get(7).strip() : "";
			return Optional.of(new PostmasterPidFile(pid, dataDir, startedAt, port, status));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
