package io.cashpost.collection;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's part of a payment history: every allocation to the customer (live or
 * reversed) when it was posted, and each reversed one again when it was reversed. Card
 * and PSP sales are matched and posted like bank receipts (staged as bank transactions
 * that point at their settlement report row), so they are here too, their source
 * {@code card:ACQUIRER} and their reference the acquirer's.
 */
@Repository
class LedgerPayments implements PaymentHistorySource {

	private static final String HISTORY = """
			select * from (
			    select a.posted_at as occurred_at,
			           case when a.invoice_id is null then 'on_account' else 'allocation' end as kind,
			           a.allocation_id as id,
			           case when a.rule = 'manual' then 'manual' when c.acquirer is not null then 'card:' || c.acquirer
			                else 'bank' end as source,
			           a.currency, a.applied_amount as amount, a.discount_amount as discount,
			           a.write_off_amount as write_off, i.invoice_number, t.debtor_name as payer,
			           coalesce(c.payment_reference, t.entry_ref) as reference,
			           coalesce(t.value_date, t.booking_date) as value_date, a.rule, a.status
			      from allocation a
			      left join invoice i on i.invoice_id = a.invoice_id
			      left join bank_transaction t on t.transaction_id = a.bank_transaction_id
			      left join card_transaction c on c.card_transaction_id = t.card_transaction_id
			     where a.customer_id = :customerId
			    union all
			    select r.posted_at, 'reversal', a.allocation_id,
			           case when a.rule = 'manual' then 'manual' when c.acquirer is not null then 'card:' || c.acquirer
			                else 'bank' end,
			           a.currency, -a.applied_amount, -a.discount_amount, -a.write_off_amount, i.invoice_number,
			           t.debtor_name, coalesce(c.payment_reference, t.entry_ref), coalesce(t.value_date, t.booking_date),
			           a.rule, a.status
			      from allocation a
			      join journal_entry r on r.reverses_entry_id = a.journal_entry_id
			      left join invoice i on i.invoice_id = a.invoice_id
			      left join bank_transaction t on t.transaction_id = a.bank_transaction_id
			      left join card_transaction c on c.card_transaction_id = t.card_transaction_id
			     where a.customer_id = :customerId and a.status = 'reversed'
			) h
			 where :beforeAt::timestamptz is null or (h.occurred_at, h.kind, h.id) < (:beforeAt, :beforeKind, :beforeId)
			 order by h.occurred_at desc, h.kind desc, h.id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	LedgerPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PaymentEvent> payments(String customerId, Position before, int limit) {
		return this.jdbc.sql(HISTORY)
			.param("customerId", customerId)
			.param("beforeAt", (before != null) ? Timestamp.from(before.occurredAt()) : null)
			.param("beforeKind", (before != null) ? before.kind() : null)
			.param("beforeId", (before != null) ? before.id() : null)
			.param("limit", limit)
			.query(PaymentEvent.class)
			.list();
	}

}
