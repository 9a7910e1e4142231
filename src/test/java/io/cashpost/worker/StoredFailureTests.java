package io.cashpost.worker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredFailureTests {

	@Test
	void theLastCauseWithoutItsClassSaysWhatWentWrong() {
		assertThat(StoredFailure.cause("""
				org.springframework.dao.DataIntegrityViolationException: PreparedStatementCallback; bad SQL
				\tat org.springframework.jdbc.Something(Something.java:1)
				Caused by: org.postgresql.util.PSQLException: ERROR: injected fault posting P590
				\tat org.postgresql.Other(Other.java:2)
				""")).isEqualTo("ERROR: injected fault posting P590");
	}

	@Test
	void withoutACauseItIsPostgresqlsErrorLineElseTheFirstLine() {
		assertThat(StoredFailure.cause("org.springframework.jdbc.UncategorizedSQLException: callback; "
				+ "ERROR: deadlock detected\n\tat somewhere"))
			.isEqualTo("ERROR: deadlock detected\n\tat somewhere".lines().findFirst().get());
		assertThat(StoredFailure.cause("worker #2 w2 is gone (its database lock was released)"))
			.isEqualTo("worker #2 w2 is gone (its database lock was released)");
		assertThat(StoredFailure.cause(null)).isEmpty();
		assertThat(StoredFailure.cause("")).isEmpty();
	}

}
