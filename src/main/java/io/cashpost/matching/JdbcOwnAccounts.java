package io.cashpost.matching;

import java.util.LinkedHashSet;
import java.util.Set;

import io.cashpost.invoice.AccountNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Our accounts are those our banks send statements for. */
@Repository
class JdbcOwnAccounts implements OwnAccounts {

	private static final String STATEMENT_ACCOUNTS = """
			select distinct account from bank_statement where account is not null
			""";

	private final JdbcClient jdbc;

	JdbcOwnAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> all() {
		Set<String> accounts = new LinkedHashSet<>();
		this.jdbc.sql(STATEMENT_ACCOUNTS)
			.query(String.class)
			.list()
			.forEach((account) -> accounts.add(AccountNumbers.normalised(account)));
		return accounts;
	}

}
