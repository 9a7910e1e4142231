package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Exception items as resolution needs them, locked: the bank transaction first (as a
 * return reversing it does), then the item.
 */
@Repository
class JdbcExceptionItems {

	private static final String LOCK_TRANSACTION = """
			select t.transaction_id
			  from bank_transaction t
			  join exception_item e on e.bank_transaction_id = t.transaction_id
			 where e.exception_id = :id
			   for update of t
			""";

	private static final String LOCK_ITEM = """
			select e.exception_id, e.bank_transaction_id, e.reason, e.status, e.suspense_entry_id,
			       t.currency, t.amount, r.kind as resolved_as, r.resolved_by, r.resolved_at
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			  left join exception_resolution r on r.exception_id = e.exception_id
			 where e.exception_id = :id
			   for update of e
			""";

	private static final String RECORD = """
			insert into exception_resolution (exception_id, kind, detail, resolved_by, resolved_at)
			values (:id, :kind, :detail, :resolvedBy, :resolvedAt)
			returning resolution_id
			""";

	private static final String MARK_RESOLVED = """
			update exception_item set status = 'resolved' where exception_id = :id
			""";

	private static final String LINK_ENTRY = """
			update exception_resolution set journal_entry_id = :entryId where resolution_id = :resolutionId
			""";

	private final JdbcClient jdbc;

	JdbcExceptionItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Item> lock(long exceptionId) {
		this.jdbc.sql(LOCK_TRANSACTION).param("id", exceptionId).query(Long.class).optional();
		return this.jdbc.sql(LOCK_ITEM).param("id", exceptionId).query(Item.class).optional();
	}

	long recordResolution(long exceptionId, Resolution resolution, String resolvedBy, Instant at) {
		return this.jdbc.sql(RECORD)
			.param("id", exceptionId)
			.param("kind", resolution.kind())
			.param("detail", resolution.describe())
			.param("resolvedBy", resolvedBy)
			.param("resolvedAt", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void markResolved(long exceptionId, long resolutionId, Long journalEntryId) {
		if (journalEntryId != null) {
			this.jdbc.sql(LINK_ENTRY).param("entryId", journalEntryId).param("resolutionId", resolutionId).update();
		}
		this.jdbc.sql(MARK_RESOLVED).param("id", exceptionId).update();
	}

	/**
	 * An exception item with its payment's money.
	 *
	 * @param exceptionId the item
	 * @param bankTransactionId its payment
	 * @param reason why it was queued
	 * @param status {@code open} or {@code resolved}
	 * @param suspenseEntryId the receipt holding its money in suspense, or {@code null}
	 * @param currency the payment's currency
	 * @param amount the payment's amount
	 * @param resolvedAs how it was resolved, if it was
	 * @param resolvedBy who resolved it
	 * @param resolvedAt when
	 */
	record Item(long exceptionId, long bankTransactionId, String reason, String status, Long suspenseEntryId,
			String currency, BigDecimal amount, String resolvedAs, String resolvedBy, OffsetDateTime resolvedAt) {
	}

}
