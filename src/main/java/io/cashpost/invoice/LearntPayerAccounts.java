package io.cashpost.invoice;

import java.util.Collection;
import java.util.List;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payer accounts learnt from payments posted to one customer: kept beside the imported
 * ones (source {@code confirmed_match}), so that the next decision, in this run after
 * matching indexes again or in any later run, knows the account as that customer's. An
 * account already known for the customer is left as it is.
 */
@Repository
public class LearntPayerAccounts {

	private static final String LEARN = """
			insert into customer_account (account, customer_id, source)
			select distinct l.account, l.customer_id, 'confirmed_match'
			  from unnest(:accounts, :customers) as l(account, customer_id)
			on conflict (account, customer_id) do nothing
			""";

	private final JdbcClient jdbc;

	LearntPayerAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the accounts in one statement.
	 * @param learnt each account (as the bank wrote it) with the customer it paid for
	 */
	public void learnAll(Collection<PayerAccount> learnt) {
		List<PayerAccount> accounts = learnt.stream()
			.filter((account) -> account.account() != null && !account.account().isBlank())
			.map((account) -> new PayerAccount(AccountNumbers.normalised(account.account()), account.customerId(),
					"confirmed_match"))
			.toList();
		if (accounts.isEmpty()) {
			return;
		}
		this.jdbc.sql(LEARN)
			.param("accounts", SqlArrays.text(accounts, PayerAccount::account))
			.param("customers", SqlArrays.text(accounts, PayerAccount::customerId))
			.update();
	}

}
