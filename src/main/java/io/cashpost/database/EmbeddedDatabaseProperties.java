package io.cashpost.database;

import java.nio.file.Path;
import java.time.Duration;

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
 */
@ConfigurationProperties("cashpost.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dir, @DefaultValue("false") boolean clean,
		@DefaultValue("0") int port, @DefaultValue("5m") Duration recoveryTimeout,
		@DefaultValue("true") boolean watchdog) {

}
