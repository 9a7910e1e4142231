package io.cashpost.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its data when no {@code spring.datasource.url} is
 * given.
 *
 * @param dir data directory, reused between runs
 * @param clean wipe the directory at start (the demo and tests use a scratch database,
 * kept after exit so that it can be looked at)
 * @param port port to listen on; 0 picks a free one
 */
@ConfigurationProperties("cashpost.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/pg") Path dir, @DefaultValue("false") boolean clean,
		@DefaultValue("0") int port) {

}
