package io.cashpost.posting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds the posted receipt a returned payment gives back: same account, currency and
 * amount, then the surest reference both carry: the end-to-end id, else the bank's
 * reference, else the payer's account. Only a single fit counts.
 */
@Repository
class ReturnedPayments {

	private static final String RETURNED = """
			select transaction_id, account, currency, -amount as amount, end_to_end_id, entry_ref, debtor_account
			  from bank_transaction
			 where transaction_id = :id
			""";

	/** Booked receipts of the same money whose receipt entry is still in force. */
	private static final String CANDIDATES = """
			select o.transaction_id, o.account, o.currency, o.amount, o.end_to_end_id, o.entry_ref, o.debtor_account
			  from bank_transaction r
			  join bank_transaction o
			    on o.amount = -r.amount
			   and o.account is not distinct from r.account
			   and o.currency = r.currency
			   and not o.reversal
			   and o.entry_status = 'BOOKED'
			 where r.transaction_id = :id
			   and exists (select 1 from journal_entry e
			                where e.bank_transaction_id = o.transaction_id
			                  and e.kind = 'receipt'
			                  and not exists (select 1 from journal_entry x where x.reverses_entry_id = e.journal_entry_id))
			 order by o.transaction_id
			""";

	private static final String LOCK = "select transaction_id from bank_transaction where transaction_id = :id for update";

	private final JdbcClient jdbc;

	ReturnedPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The original's transaction id, or why there is none.
	 */
	Found original(long returnedTransactionId) {
		Facts returned = this.jdbc.sql(RETURNED).param("id", returnedTransactionId).query(Facts.class).single();
		List<Facts> candidates = this.jdbc.sql(CANDIDATES).param("id", returnedTransactionId).query(Facts.class).list();
		for (Function<Facts, String> reference : List.<Function<Facts, String>>of(Facts::endToEndId, Facts::entryRef,
				Facts::debtorAccount)) {
			String wanted = reference.apply(returned);
			if (wanted == null) {
				continue;
			}
			List<Long> fits = candidates.stream()
				.filter((candidate) -> wanted.equals(reference.apply(candidate)))
				.map(Facts::transactionId)
				.toList();
			if (fits.size() == 1) {
				return new Found(Optional.of(fits.get(0)), null);
			}
			if (fits.size() > 1) {
				return new Found(Optional.empty(), fits.size() + " posted receipts " + returned.describe() + " carry "
						+ wanted + " (transactions " + fits + "): a person decides which was returned");
			}
		}
		return new Found(Optional.empty(), "no posted receipt " + returned.describe()
				+ " carries its end-to-end id, bank reference or payer account");
	}

	/** Holds the original while it is reversed: a resolution or another return waits. */
	void lock(long transactionId) {
		this.jdbc.sql(LOCK).param("id", transactionId).query(Long.class).single();
	}

	record Found(Optional<Long> transactionId, String problem) {
	}

	record Facts(long transactionId, String account, String currency, BigDecimal amount, String endToEndId,
			String entryRef, String debtorAccount) {

		String describe() {
			return "of " + this.currency + " " + this.amount.toPlainString() + " on "
					+ Objects.requireNonNullElse(this.account, "an unnamed account");
		}

	}

}
