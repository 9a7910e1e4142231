package io.cashpost.job;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims a staged transaction for the writer that carries out its decision. Two runs that
 * read the same transaction (two processes, or a run started while another still works)
 * cannot both act on it: the second waits for the first to commit and then finds it
 * decided.
 */
@Repository
class UndecidedTransactions {

	private static final String CLAIM = """
			select transaction_id from bank_transaction where transaction_id = :id and match_status = 'new' for update
			""";

	private final JdbcClient jdbc;

	UndecidedTransactions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the transaction if it is still undecided; false when another run decided it.
	 */
	boolean claim(long transactionId) {
		return this.jdbc.sql(CLAIM).param("id", transactionId).query(Long.class).optional().isPresent();
	}

}
