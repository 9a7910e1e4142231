package io.cashpost.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no {@code spring.datasource.url} is
 * given, and how it is started and watched.
 *
 * @param dir data directory, reused between runs
 * @param clean wipe the directory at start (the demo and tests use a scratch database,
 * kept after exit so that it can be looked at)
 * @param port port to listen on; 0 picks a free one
 * @param recoveryTimeout how long to wait for the server's crash recovery (after a crash
 * PostgreSQL replays its write-ahead log before it takes connections), and for a server a
 * killed Cashpost left running to stop
 * @param watchdog stop the server within a second when the JVM that started it dies
 * without stopping it ({@code kill -9}, the OOM killer); needs {@code /bin/sh}, so Linux
 * and macOS only
 * @param settings PostgreSQL settings of the server ({@code postgresql.conf} names),
 * merged over {@link #DEFAULT_SETTINGS}
 */
@ConfigurationProperties("cashpost.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dir, @DefaultValue("false") boolean clean,
		@DefaultValue("0") int port, @DefaultValue("5m") Duration recoveryTimeout,
		@DefaultValue("true") boolean watchdog, Map<String, String> settings) {

	/**
	 * What a server that posts large statements needs beyond PostgreSQL's defaults: a
	 * buffer pool that holds the ledger's busy index pages (the default 128 MB did not,
	 * at 1,000,000 payments), and checkpoints far enough apart that a long ingest is not
	 * slowed by writing every changed page twice (whole into the write-ahead log after
	 * each checkpoint, then to the table).
	 */
	public static final Map<String, String> DEFAULT_SETTINGS = Map.of("shared_buffers", "256MB", "max_wal_size", "4GB",
			"checkpoint_timeout", "15min");

	public EmbeddedDatabaseProperties {
		Map<String, String> merged = new LinkedHashMap<>(DEFAULT_SETTINGS);
		if (settings != null) {
			merged.putAll(settings);
		}
		settings = Map.copyOf(merged);
	}

}
