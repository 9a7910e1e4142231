package io.cashpost.collection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aging by due date as of any day, recomputed from the ledger: an invoice counts with
 * what was open on it at the end of that day, so a back-dated aging never subtracts
 * payments posted later, and an allocation reversed since still counts as it stood then.
 * Buckets: current (not yet due; an age is never negative), 1–30, 31–60, 61–90, 91–120
 * and over 120 days past due; they add up to the open balance.
 * <p>
 * It starts from today's open amounts and adds back what was settled after the day (and
 * takes off what was reversed after it), so the work grows with what happened since the
 * day, not with the ledger's age. An invoice counts from its issue date; what the ERP had
 * settled before Cashpost took it over counts from then too.
 */
@Service
public class Aging {

	/**
	 * Every invoice's open amount at the end of {@code :asOf}, with its days past due.
	 */
	static final String OPEN_ON_THE_DAY = """
			with changed_since as (
			    select a.invoice_id, a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount as settled
			      from allocation a
			     where a.invoice_id is not null and a.status = 'posted' and a.posted_at >= :dayAfter
			    union all
			    select a.invoice_id, -(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount)
			      from journal_entry r
			      join allocation a on a.journal_entry_id = r.reverses_entry_id
			     where r.reverses_entry_id is not null and r.posted_at >= :dayAfter
			       and a.invoice_id is not null and a.status = 'reversed' and a.posted_at < :dayAfter
			), open_on_the_day as (
			    select i.invoice_id, i.customer_id, i.currency, greatest(:asOf - i.due_date, 0) as days_past_due,
			           i.open_amount + coalesce(sum(c.settled), 0) as open_amount
			      from invoice i
			      left join changed_since c on c.invoice_id = i.invoice_id
			     where i.issue_date <= :asOf and i.document_type = 'invoice'
			       and (i.open_amount > 0 or c.invoice_id is not null)
			       and (:customerId::text is null or i.customer_id = :customerId)
			     group by i.invoice_id
			)
			""";

	static final String BUCKETS = """
			coalesce(sum(o.open_amount) filter (where o.days_past_due = 0), 0.0000) as "current",
			coalesce(sum(o.open_amount) filter (where o.days_past_due between 1 and 30), 0.0000) as overdue1to30,
			coalesce(sum(o.open_amount) filter (where o.days_past_due between 31 and 60), 0.0000) as overdue31to60,
			coalesce(sum(o.open_amount) filter (where o.days_past_due between 61 and 90), 0.0000) as overdue61to90,
			coalesce(sum(o.open_amount) filter (where o.days_past_due between 91 and 120), 0.0000) as overdue91to120,
			coalesce(sum(o.open_amount) filter (where o.days_past_due > 120), 0.0000) as overdueover120,
			sum(o.open_amount) as total
			""";

	private static final String ROWS = OPEN_ON_THE_DAY + """
			select o.customer_id, c.name as customer_name, o.currency,
			""" + BUCKETS + """
			  from open_on_the_day o
			  join customer c on c.customer_id = o.customer_id
			 where o.open_amount <> 0
			   and (:afterCustomer::text is null or (o.customer_id, o.currency) > (:afterCustomer, :afterCurrency))
			 group by o.customer_id, c.name, o.currency
			 order by o.customer_id, o.currency
			 limit :limit
			""";

	private static final String TOTALS = OPEN_ON_THE_DAY + """
			select null as customer_id, null as customer_name, o.currency,
			""" + BUCKETS + """
			  from open_on_the_day o
			 where o.open_amount <> 0
			 group by o.currency
			 order by o.currency
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	Aging(JdbcClient jdbc, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/**
	 * Rows per customer and currency, ordered by customer and currency.
	 * @param customerId one customer's rows, or {@code null} for all
	 * @param after the last row of the previous page, or {@code null}
	 */
	public List<AgingRow> rows(LocalDate asOf, String customerId, AgingKey after, int limit) {
		return this.jdbc.sql(ROWS)
			.param("asOf", asOf)
			.param("dayAfter", this.calendar.endOf(asOf))
			.param("customerId", customerId)
			.param("afterCustomer", (after != null) ? after.customerId() : null)
			.param("afterCurrency", (after != null) ? after.currency() : null)
			.param("limit", limit)
			.query(AgingRow.class)
			.list();
	}

	/** One row per currency over every customer (or the one named). */
	public List<AgingRow> totals(LocalDate asOf, String customerId) {
		return this.jdbc.sql(TOTALS)
			.param("asOf", asOf)
			.param("dayAfter", this.calendar.endOf(asOf))
			.param("customerId", customerId)
			.query(AgingRow.class)
			.list();
	}

	/**
	 * Where a page of aging rows ends.
	 *
	 * @param customerId the last row's customer
	 * @param currency its currency
	 */
	public record AgingKey(String customerId, String currency) {
	}

}
