package io.cashpost.feed;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves events from the outbox into the feed, numbering them. The outbox's own ids are no
 * cursor: they are drawn when a posting writes, and a posting that drew first may commit
 * last, behind what a poller has already read. So one publisher at a time (a
 * transaction-scoped advisory lock; the next one waits for its commit) takes the
 * committed outbox rows and numbers them after the last published id, in one transaction:
 * feed ids become visible in order, dense, and are never reused. A row committed while a
 * publisher runs is simply taken by the next one.
 */
@Component
class FeedPublisher {

	/** Any fixed number: the advisory lock every publisher takes. */
	static final long LOCK = 0x6361736870_0001L;

	/** Outbox rows (statements) published per transaction. */
	private static final int STATEMENTS = 100;

	private static final String TRY_LOCK = "select pg_try_advisory_xact_lock(:lock)";

	/** The oldest outbox rows (statements), their ids in the order written. */
	private static final String READY = """
			with batch as (
			    select outbox_id, kind, ids from feed_outbox order by outbox_id limit :statements
			), written as (
			    select b.outbox_id, b.kind, u.id, u.n
			      from batch b
			      cross join unnest(b.ids) with ordinality as u(id, n)
			)
			select w.outbox_id, w.kind, e.journal_entry_id, e.posted_at as entry_posted_at, e.reverses_entry_id,
			       coalesce(t.transaction_id, a.bank_transaction_id) as bank_transaction_id,
			       t.amount as payment_amount, t.currency as payment_currency, t.value_date, t.booking_date,
			       t.debtor_name, t.debtor_account, t.entry_ref, t.end_to_end_id, c.acquirer,
			       a.allocation_id, a.journal_entry_id as allocation_entry_id, a.customer_id, a.currency,
			       a.applied_amount, a.discount_amount, a.write_off_amount, a.reason_code, a.rule,
			       a.posted_at as allocation_posted_at, i.invoice_number,
			       (select r.posted_at from journal_entry r where r.reverses_entry_id = a.journal_entry_id) as reversed_at,
			       exists (select 1 from allocation x where x.journal_entry_id = coalesce(e.reverses_entry_id, e.journal_entry_id))
			           as applied,
			       exists (select 1 from exception_item x
			                where x.suspense_entry_id = coalesce(e.reverses_entry_id, e.journal_entry_id)) as in_suspense,
			       original.amount as original_amount, original.currency as original_currency,
			       a.credit_note_amount, a.deduction_amount, a.deduction_reason
			  from written w
			  left join journal_entry e on w.kind in ('receipt', 'reversal') and e.journal_entry_id = w.id
			  left join allocation a on w.kind in ('allocation', 'allocation_reversed') and a.allocation_id = w.id
			  left join journal_entry oe on oe.journal_entry_id = e.reverses_entry_id
			  left join bank_transaction original on original.transaction_id = oe.bank_transaction_id
			  left join bank_transaction t on t.transaction_id = coalesce(e.bank_transaction_id, a.bank_transaction_id)
			  left join card_transaction c on c.card_transaction_id = t.card_transaction_id
			  left join invoice i on i.invoice_id = a.invoice_id
			 order by w.outbox_id, w.n
			""";

	private static final String LAST_ID = "select coalesce(max(feed_id), 0) from payment_feed";

	private static final String INSERT = """
			insert into payment_feed (feed_id, event_type, occurred_at, customer_id, currency, amount, journal_entry_id,
			                          allocation_id, bank_transaction_id, payload, published_at)
			values (:feedId, :type, :occurredAt, :customerId, :currency, :amount, :journalEntryId,
			        :allocationId, :bankTransactionId, cast(:payload as json), :publishedAt)
			""";

	private static final String DONE = "delete from feed_outbox where outbox_id in (:ids)";

	private static final String DELIVER = """
			insert into webhook_delivery (endpoint_id, feed_id, next_attempt_at)
			select w.endpoint_id, f.feed_id, :now
			  from payment_feed f
			  join webhook_endpoint w on w.disabled_at is null
			                         and (cardinality(w.event_types) = 0 or f.event_type = any (w.event_types))
			 where f.feed_id > :after
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FeedPublisher(JdbcClient jdbc, NamedParameterJdbcTemplate batch, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Publishes what is ready, in batches, unless another publisher is at it.
	 * @return events published
	 */
	int publish() {
		int published = 0;
		while (true) {
			Batch batch = this.transactions.execute((status) -> publishBatch());
			if (batch == null || batch.statements() <= 0) {
				return published;
			}
			published += batch.events();
			if (batch.statements() < STATEMENTS) {
				return published;
			}
		}
	}

	/**
	 * @return what was published; no statements when another publisher holds the lock
	 */
	private Batch publishBatch() {
		if (!this.jdbc.sql(TRY_LOCK).param("lock", LOCK).query(Boolean.class).single()) {
			return new Batch(0, 0);
		}
		List<OutboxRow> ready = this.jdbc.sql(READY).param("statements", STATEMENTS).query(OutboxRow.class).list();
		if (ready.isEmpty()) {
			return new Batch(0, 0);
		}
		long last = this.jdbc.sql(LAST_ID).query(Long.class).single();
		Timestamp now = Timestamp.from(this.clock.instant());
		List<MapSqlParameterSource> rows = new ArrayList<>();
		long next = last;
		for (OutboxRow row : ready) {
			ObjectNode data = row.data();
			if (data != null) {
				rows.add(parameters(++next, row, data, now));
			}
		}
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
			this.jdbc.sql(DELIVER).param("now", now).param("after", last).update();
		}
		List<Long> statements = ready.stream().map(OutboxRow::outboxId).distinct().toList();
		this.jdbc.sql(DONE).param("ids", statements).update();
		return new Batch(statements.size(), rows.size());
	}

	/**
	 * One transaction's work.
	 *
	 * @param statements outbox rows taken
	 * @param events feed events published from them
	 */
	private record Batch(int statements, int events) {
	}

	private static MapSqlParameterSource parameters(long feedId, OutboxRow row, ObjectNode data, Timestamp now) {
		return new MapSqlParameterSource().addValue("feedId", feedId)
			.addValue("type", row.type())
			.addValue("occurredAt", Timestamp.from(row.occurredAt()))
			.addValue("customerId", row.customerId())
			.addValue("currency", row.eventCurrency())
			.addValue("amount", row.eventAmount())
			.addValue("journalEntryId", row.journalEntryId())
			.addValue("allocationId", row.allocationId())
			.addValue("bankTransactionId", row.bankTransactionId())
			.addValue("payload", JSON.writeValueAsString(data))
			.addValue("publishedAt", now);
	}

	/** An amount at its currency's scale, as a decimal string. */
	static String amount(BigDecimal amount, String currency) {
		if (amount == null) {
			return null;
		}
		return Money.of(amount, currency).inCurrencyScale().toPlainString();
	}

}
