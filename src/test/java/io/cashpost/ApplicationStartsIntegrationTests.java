package io.cashpost;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class ApplicationStartsIntegrationTests {

	/** The oldest PostgreSQL Cashpost supports, as the README says: 15. */
	static final int OLDEST_SUPPORTED = 150000;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsOnAPostgresqlWhoseSchemaFlywayOwns() {
		String version = this.jdbc.sql("select current_setting('server_version_num')").query(String.class).single();
		assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(OLDEST_SUPPORTED);
		Integer batchTables = this.jdbc
			.sql("select count(*) from information_schema.tables where table_name like 'batch_%'")
			.query(Integer.class)
			.single();
		assertThat(batchTables).isEqualTo(6);
	}

	/** The second pass really runs on the server it names, not on an embedded one. */
	@Test
	void runsOnTheExternalServerInTheSecondPass() {
		String database = this.jdbc.sql("select current_database()").query(String.class).single();
		ExternalTestDatabase.serverUrl().ifPresentOrElse((server) -> {
			assertThat(database).startsWith("cashpost_test_");
			assertThat(server).contains(":" + this.jdbc.sql("select inet_server_port()").query(Integer.class).single());
			System.out.println(
					"second test pass on PostgreSQL " + this.jdbc.sql("select version()").query(String.class).single());
		}, () -> assertThat(database).isEqualTo("postgres"));
	}

}
