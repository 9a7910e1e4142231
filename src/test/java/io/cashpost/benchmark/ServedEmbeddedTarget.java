package io.cashpost.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL, served by the benchmark for the size's whole run, so that
 * worker JVMs ({@code --workers}) and the manager share it, as on one machine a user
 * points {@code cashpost worker} at the database of the JVM that runs the jobs: every
 * Cashpost process gets {@code --spring.datasource.url}. Started with the settings
 * Cashpost gives a kept embedded database.
 */
final class ServedEmbeddedTarget implements DatabaseTarget {

	private final Path dataDir;

	private final boolean keep;

	private final EmbeddedPostgres server;

	ServedEmbeddedTarget(Path dataDir, boolean keep) {
		this.dataDir = dataDir.toAbsolutePath();
		this.keep = keep;
		try {
			EmbeddedTarget.deleteRecursively(this.dataDir);
			Files.createDirectories(this.dataDir);
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

	@Override
	public String description() {
		return "embedded PostgreSQL served by the benchmark on port " + this.server.getPort() + ", in " + this.dataDir;
	}

	@Override
	public List<String> firstRunOptions() {
		return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + this.server.getPort()
				+ "/postgres?reWriteBatchedInserts=true", "--spring.datasource.username=postgres");
	}

	@Override
	public List<String> nextRunOptions() {
		return firstRunOptions();
	}

	@Override
	public ServerCpu serverCpu() {
		try {
			return ServerCpu
				.running(Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).trim()));
		}
		catch (IOException | RuntimeException ex) {
			return ServerCpu.unknown();
		}
	}

	@Override
	public Connection connect() throws SQLException {
		return this.server.getPostgresDatabase().getConnection();
	}

	@Override
	public String sizeReport(Connection connection) throws SQLException {
		return new EmbeddedTarget(this.dataDir, true).sizeReport(connection);
	}

	@Override
	public void abandon() {
		// the server is the benchmark's: it stops with the size
	}

	@Override
	public void close() {
		try {
			this.server.close();
			if (!this.keep) {
				EmbeddedTarget.deleteRecursively(this.dataDir);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
