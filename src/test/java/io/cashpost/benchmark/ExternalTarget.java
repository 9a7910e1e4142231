package io.cashpost.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server the user gives ({@code --external URL}): for each size the
 * benchmark creates a fresh database {@code cashpost_bench_N} on it (dropping one left by
 * an earlier run) and points Cashpost at it with {@code --spring.datasource.url}; user
 * and password come with the URL ({@code ?user=...&password=...}), its other parameters
 * are kept.
 */
final class ExternalTarget implements DatabaseTarget {

	private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");

	private final String serverUrl;

	private final String url;

	private final String database;

	private final boolean keep;

	private final long postmasterPid;

	ExternalTarget(String serverUrl, int size, boolean keep) throws SQLException {
		Matcher parts = URL.matcher(serverUrl);
		if (!parts.matches()) {
			throw new IllegalArgumentException(
					"--external needs a JDBC URL like jdbc:postgresql://localhost:5432/postgres?user=me&password=secret, not "
							+ serverUrl);
		}
		this.serverUrl = serverUrl;
		this.database = "cashpost_bench_" + size;
		this.url = parts.group(1) + "/" + this.database + ((parts.group(3) != null) ? parts.group(3) : "");
		this.keep = keep;
		try (Connection connection = DriverManager.getConnection(serverUrl);
				Statement sql = connection.createStatement()) {
			sql.execute("drop database if exists " + this.database + " with (force)");
			sql.execute("create database " + this.database);
		}
		this.postmasterPid = localPostmaster();
	}

	@Override
	public String description() {
		return "external PostgreSQL, fresh database " + this.database + " ("
				+ this.url.replaceAll("password=[^&]*", "password=***") + ")";
	}

	@Override
	public List<String> firstRunOptions() {
		return List.of("--spring.datasource.url=" + this.url);
	}

	@Override
	public List<String> nextRunOptions() {
		return firstRunOptions();
	}

	@Override
	public ServerCpu serverCpu() {
		return ServerCpu.running(this.postmasterPid);
	}

	@Override
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url);
	}

	@Override
	public String sizeReport(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement();
				ResultSet size = sql.executeQuery("select pg_database_size(current_database())")) {
			size.next();
			return Report.megabytes(size.getLong(1));
		}
	}

	@Override
	public void abandon() {
		// the server is the user's: a killed process's backend ends with its connection
	}

	@Override
	public void close() {
		if (this.keep) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(this.serverUrl);
				Statement sql = connection.createStatement()) {
			sql.execute("drop database if exists " + this.database + " with (force)");
		}
		catch (SQLException ex) {
			System.err.println("could not drop " + this.database + ": " + ex.getMessage());
		}
	}

	/**
	 * The server's postmaster when it runs on this machine: the parent of our backend, if
	 * that is a PostgreSQL process here; else -1 (its CPU is then not known).
	 */
	private long localPostmaster() throws SQLException {
		try (Connection connection = connect();
				Statement sql = connection.createStatement();
				ResultSet backend = sql.executeQuery("select pg_backend_pid()")) {
			backend.next();
			long pid = backend.getLong(1);
			boolean local = this.url.matches("^jdbc:postgresql://(localhost|127\\.[0-9.]+|\\[::1\\])[:/].*")
					&& Procfs.commandLine(pid).contains("postgres");
			return local ? Procfs.parent(pid) : -1;
		}
	}

}
