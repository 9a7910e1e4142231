package io.cashpost;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class ApplicationStartsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnAnEmbeddedPostgresWhoseSchemaFlywayOwns() {
		String version = this.jdbc.sql("select current_setting('server_version_num')").query(String.class).single();
		assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(170000);
		Integer batchTables = this.jdbc
			.sql("select count(*) from information_schema.tables where table_name like 'batch_%'")
			.query(Integer.class)
			.single();
		assertThat(batchTables).isEqualTo(6);
	}

}
