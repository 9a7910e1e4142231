package io.cashpost.remittance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;
import io.cashpost.matching.Payment;
import io.cashpost.matching.StagedPayments;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payments of linked advices that were decided before their advice came, locked for
 * deciding again: the payment first (as matching and a person's resolution do), then its
 * open exception.
 */
@Repository
class LinkedPayments {

	private static final String NEXT = """
			select a.advice_id, t.transaction_id, t.source_key, t.account, t.currency, t.amount, t.value_date,
			       t.booking_date, t.entry_status, t.reversal, t.debtor_name, t.debtor_account, t.remittance_text,
			       t.creditor_reference, t.referred_documents, t.bank_transaction_code, t.remittance_lines,
			       t.match_status, false as by_card -- decided again as the bank payment it was
			  from remittance_advice a
			  join bank_transaction t on t.transaction_id = a.bank_transaction_id
			 where a.status = 'linked' and a.outcome is null
			 order by t.transaction_id
			 limit :limit
			   for update of t
			""";

	private static final String EXCEPTIONS = """
			select e.bank_transaction_id, e.exception_id, e.status, e.reason, e.suspense_entry_id
			  from exception_item e
			 where e.bank_transaction_id = any (:ids::bigint[])
			 order by e.bank_transaction_id
			   for update
			""";

	private static final String ALLOCATIONS = """
			select a.bank_transaction_id, i.invoice_number, a.applied_amount, a.currency
			  from allocation a
			  left join invoice i on i.invoice_id = a.invoice_id
			 where a.bank_transaction_id = any (:ids::bigint[]) and a.status = 'posted'
			 order by a.allocation_id
			""";

	private static final String ANY = """
			select exists (select 1 from remittance_advice where status = 'linked' and outcome is null)
			""";

	private final JdbcClient jdbc;

	LinkedPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any linked payment waits to be decided again (no lock taken). */
	boolean any() {
		return this.jdbc.sql(ANY).query(Boolean.class).single();
	}

	/** The next payments to decide again, at most {@code limit}, locked. */
	List<Linked> next(int limit) {
		List<Linked> linked = this.jdbc.sql(NEXT).param("limit", limit).query(LinkedPayments::linked).list();
		if (linked.isEmpty()) {
			return linked;
		}
		Map<Long, QueuedException> exceptions = new LinkedHashMap<>();
		this.jdbc.sql(EXCEPTIONS)
			.param("ids", SqlArrays.bigint(linked, (payment) -> payment.payment().transactionId()))
			.query((rs, row) -> exceptions.put(rs.getLong("bank_transaction_id"),
					new QueuedException(rs.getLong("exception_id"), rs.getString("status"), rs.getString("reason"),
							(Long) rs.getObject("suspense_entry_id"))))
			.list();
		List<Linked> withExceptions = new ArrayList<>(linked.size());
		for (Linked payment : linked) {
			withExceptions.add(new Linked(payment.adviceId(), payment.payment(), payment.matchStatus(),
					exceptions.get(payment.payment().transactionId())));
		}
		return withExceptions;
	}

	/**
	 * What the payments' postings applied, by payment: invoice number (or null) and
	 * amount.
	 */
	Map<Long, List<Applied>> applied(Collection<Long> transactionIds) {
		Map<Long, List<Applied>> applied = new LinkedHashMap<>();
		if (transactionIds.isEmpty()) {
			return applied;
		}
		this.jdbc.sql(ALLOCATIONS)
			.param("ids", SqlArrays.bigint(transactionIds, (id) -> id))
			.query((rs, row) -> applied.computeIfAbsent(rs.getLong("bank_transaction_id"), (id) -> new ArrayList<>())
				.add(new Applied(rs.getString("invoice_number"), rs.getBigDecimal("applied_amount"))))
			.list();
		return applied;
	}

	private static Linked linked(ResultSet rs, int row) throws SQLException {
		Payment payment = StagedPayments.payment(rs);
		return new Linked(rs.getLong("advice_id"), payment, rs.getString("match_status"), null);
	}

	/**
	 * A linked advice's payment.
	 *
	 * @param adviceId the advice
	 * @param payment the payment, carrying the advice's lines
	 * @param matchStatus how it was decided: {@code exception} or {@code posted}
	 * @param exception its exception, open or resolved, or {@code null}
	 */
	record Linked(long adviceId, Payment payment, String matchStatus, QueuedException exception) {

		/**
		 * Whether its money waits in suspense for a decision: the advice may give one.
		 */
		boolean inSuspense() {
			return this.exception != null && this.exception.status().equals("open")
					&& this.exception.suspenseEntryId() != null;
		}

	}

	record QueuedException(long exceptionId, String status, String reason, Long suspenseEntryId) {
	}

	/**
	 * Money a posting applied.
	 *
	 * @param invoiceNumber the invoice, or {@code null} for money put on account
	 * @param amount the cash applied
	 */
	record Applied(String invoiceNumber, BigDecimal amount) {
	}

}
