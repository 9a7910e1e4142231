package io.cashpost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * The second test pass: with the system property {@value #PROPERTY} naming a PostgreSQL
 * server (the build sets it from {@code CASHPOST_TEST_EXTERNAL_DATABASE_URL}, see
 * {@code pom.xml} and {@code .ci/run}), every test application context runs on a fresh
 * database of its own on that server instead of an embedded PostgreSQL, and drops it when
 * it closes. Without the property nothing changes.
 */
public class ExternalTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** A JDBC URL of the server, with a user allowed to create databases. */
	public static final String PROPERTY = "cashpost.test.external-database-url";

	private static final String PREFIX = "jdbc:postgresql://";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		serverUrl().ifPresent((server) -> {
			String database = createDatabase(server);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("externalTestDatabase", Map.of("spring.datasource.url", database,
						// cached contexts of many test classes share one server: idle
						// pools give their connections back
						"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout",
						"10000")));
			// registered before any bean, so dropped after all of them, the pool included
			((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("externalTestDatabaseDrop",
					() -> drop(database));
		});
	}

	/** The server of the second pass, if this is it. */
	public static Optional<String> serverUrl() {
		String url = System.getProperty(PROPERTY);
		return StringUtils.hasText(url) ? Optional.of(url.strip()) : Optional.empty();
	}

	/**
	 * Creates an empty database on the server.
	 * @return its JDBC URL
	 */
	public static String createDatabase(String serverUrl) {
		String name = "cashpost_test_" + UUID.randomUUID().toString().replace("-", "");
		execute(serverUrl, "create database " + name);
		String url = withDatabase(serverUrl, name);
		return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
	}

	/** Drops a database {@link #createDatabase} made, whoever is still connected. */
	public static void drop(String databaseUrl) {
		String name = databaseName(databaseUrl);
		execute(withDatabase(databaseUrl, "postgres"), "drop database if exists " + name + " with (force)");
	}

	/**
	 * The URL with its database replaced:
	 * {@code jdbc:postgresql://host:port/NAME?params}.
	 */
	static String withDatabase(String url, String database) {
		if (!url.startsWith(PREFIX)) {
			throw new IllegalArgumentException(PROPERTY + " must be a " + PREFIX + "... URL, not " + url);
		}
		int query = url.indexOf('?');
		String params = (query < 0) ? "" : url.substring(query);
		String address = url.substring(PREFIX.length(), (query < 0) ? url.length() : query);
		int slash = address.indexOf('/');
		String hosts = (slash < 0) ? address : address.substring(0, slash);
		return PREFIX + hosts + "/" + database + params;
	}

	private static String databaseName(String url) {
		int query = url.indexOf('?');
		String withoutParams = (query < 0) ? url : url.substring(0, query);
		return withoutParams.substring(withoutParams.lastIndexOf('/') + 1);
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " on " + url + ": " + ex.getMessage(), ex);
		}
	}

}
