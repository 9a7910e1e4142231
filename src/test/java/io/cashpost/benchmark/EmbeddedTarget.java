package io.cashpost.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL a new user gets: each Cashpost process starts it on the size's
 * own data directory ({@code --cashpost.embedded-db.dir}), the first wiping it
 * ({@code --cashpost.embedded-db.clean=true}). Afterwards the benchmark starts the same
 * server on the same directory, with the settings Cashpost gives a kept database, to read
 * the job repository and to measure the floor.
 */
final class EmbeddedTarget implements DatabaseTarget {

	private final Path dataDir;

	private final boolean keep;

	private EmbeddedPostgres server;

	EmbeddedTarget(Path dataDir, boolean keep) {
		this.dataDir = dataDir.toAbsolutePath();
		this.keep = keep;
	}

	@Override
	public String description() {
		return "embedded PostgreSQL in " + this.dataDir;
	}

	@Override
	public List<String> firstRunOptions() {
		return List.of("--cashpost.embedded-db.dir=" + this.dataDir, "--cashpost.embedded-db.clean=true");
	}

	@Override
	public List<String> nextRunOptions() {
		return List.of("--cashpost.embedded-db.dir=" + this.dataDir, "--cashpost.embedded-db.clean=false");
	}

	@Override
	public ServerCpu serverCpu() {
		return ServerCpu.embedded(this.dataDir);
	}

	@Override
	public Connection connect() throws SQLException {
		if (this.server == null) {
			try {
				// as EmbeddedDatabaseConfiguration starts a kept (not wiped) database
				this.server = EmbeddedPostgres.builder()
					.setDataDirectory(this.dataDir)
					.setCleanDataDirectory(false)
					.setServerConfig("max_connections", "100")
					.setServerConfig("fsync", "on")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.server.getPostgresDatabase().getConnection();
	}

	@Override
	public String sizeReport(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet size = sql.executeQuery("select pg_database_size(current_database())")) {
			size.next();
			return Report.megabytes(size.getLong(1)) + " (the data directory with WAL: "
					+ Report.megabytes(directorySize(this.dataDir)) + ")";
		}
	}

	@Override
	public void abandon() {
		Path pidFile = this.dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
			String postgres = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "exe")).toString();
			Path pgCtl = Path.of(postgres).resolveSibling("pg_ctl");
			new ProcessBuilder(pgCtl.toString(), "-D", this.dataDir.toString(), "-m", "immediate", "-w", "stop")
				.inheritIO()
				.start()
				.waitFor();
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("could not stop the embedded PostgreSQL in " + this.dataDir + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		try {
			if (this.server != null) {
				this.server.close();
			}
			if (!this.keep) {
				deleteRecursively(this.dataDir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long directorySize(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
	}

	static void deleteRecursively(Path dir) throws IOException {
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
