package io.cashpost.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server runs with Cashpost's settings for large statements, and any setting
 * can be given another value.
 */
class EmbeddedServerSettingsTests {

	@TempDir
	Path dir;

	@Test
	void theServerRunsWithTheDefaultsMergedWithWhatIsConfigured() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(this.dir.resolve("pg"), true, 0,
				Duration.ofMinutes(1), true, Map.of("max_wal_size", "2GB", "work_mem", "16MB"));
		assertThat(properties.settings()).containsEntry("shared_buffers", "256MB")
			.containsEntry("checkpoint_timeout", "15min")
			.containsEntry("max_wal_size", "2GB");
		try (EmbeddedServer server = EmbeddedServer.start(properties)) {
			JdbcClient db = JdbcClient.create(server.postgres().getPostgresDatabase());
			assertThat(setting(db, "shared_buffers")).isEqualTo("256MB");
			assertThat(setting(db, "checkpoint_timeout")).isEqualTo("15min");
			assertThat(setting(db, "max_wal_size")).isEqualTo("2GB");
			assertThat(setting(db, "work_mem")).isEqualTo("16MB");
		}
	}

	@Test
	void aSettingIsNamedInBracketsAsPostgresqlNamesIt() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("cashpost.embedded-db.settings[shared_buffers]", "1GB", "cashpost.embedded-db.dir", "x")));
		EmbeddedDatabaseProperties bound = binder.bindOrCreate("cashpost.embedded-db",
				EmbeddedDatabaseProperties.class);
		assertThat(bound.settings()).containsEntry("shared_buffers", "1GB").containsEntry("max_wal_size", "4GB");
	}

	private static String setting(JdbcClient db, String name) {
		return db.sql("select current_setting(:name)").param("name", name).query(String.class).single();
	}

}
