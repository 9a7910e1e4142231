package io.cashpost.job;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims staged transactions for the writer that carries out their decisions. Two runs
 * that read the same transaction (two processes, or a run started while another still
 * works) cannot both act on it: the second waits for the first to commit and then finds
 * it decided.
 */
@Repository
class UndecidedTransactions {

	/**
	 * Locked in id order, so that two chunks claiming overlapping sets cannot deadlock.
	 */
	private static final String CLAIM = """
			select transaction_id from bank_transaction
			 where transaction_id = any (:ids::bigint[]) and match_status = 'new'
			 order by transaction_id
			   for update
			""";

	private final JdbcClient jdbc;

	UndecidedTransactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks those of the transactions that are still undecided, in one statement.
	 * @return their ids; the others another run decided
	 */
	Set<Long> claim(Collection<Long> transactionIds) {
		if (transactionIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql(CLAIM)
			.param("ids", SqlArrays.bigint(transactionIds, (id) -> id))
			.query(Long.class)
			.list());
	}

}
