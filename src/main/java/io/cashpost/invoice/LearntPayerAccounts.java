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
 * account already known for the customer is left as it is. An account already known for
 * another customer (imported or learnt) is not learnt: it paid this customer's invoice by
 * reference as a third party, and knowing it for two customers would stop it identifying
 * the first one's unreferenced payments. Of two payments in a chunk teaching one new
 * account to two customers, the first in order wins, as an earlier chunk's would and as
 * matching learns it within the run ({@code PayerDirectory}).
 */
@Repository
public class LearntPayerAccounts {

	/**
	 * Of one account taught to several customers in the chunk, the first in order; and
	 * only when no other customer is known to use the account already (see the class).
	 */
	private static final String LEARN = """
			insert into customer_account (account, customer_id, source)
			select l.account, l.customer_id, 'confirmed_match'
			  from (select distinct on (t.account) t.account, t.customer_id
			          from unnest(:accounts, :customers) with ordinality as t(account, customer_id, position)
			         order by t.account, t.position) as l
			 where not exists (select 1 from customer_account known
			                    where known.account = l.account and known.customer_id <> l.customer_id)
			on conflict (account, customer_id) do nothing
			""";

	private final JdbcClient jdbc;

	LearntPayerAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the accounts in one statement.
	 * @param learnt each account (as the bank wrote it) with the customer it paid for, in
	 * the order the payments were decided
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
