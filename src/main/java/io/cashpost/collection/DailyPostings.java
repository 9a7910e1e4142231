package io.cashpost.collection;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The day's postings per currency, for the dashboard's overview. */
@Service
public class DailyPostings {

	private static final String POSTED = """
			with receipts as (
			    select e.journal_entry_id, e.currency, t.amount
			      from journal_entry e
			      join bank_transaction t on t.transaction_id = e.bank_transaction_id
			     where e.kind = 'receipt' and e.posted_at >= :start and e.posted_at < :end
			       and (exists (select 1 from allocation a where a.journal_entry_id = e.journal_entry_id)
			            or exists (select 1 from exception_item x where x.suspense_entry_id = e.journal_entry_id))
			), placed as (
			    select a.currency,
			           coalesce(sum(a.applied_amount) filter (where a.invoice_id is not null), 0) as applied,
			           coalesce(sum(a.applied_amount) filter (where a.invoice_id is null), 0) as on_account
			      from allocation a
			     where a.posted_at >= :start and a.posted_at < :end and a.status = 'posted'
			     group by a.currency
			), suspense as (
			    select r.currency, sum(r.amount) as in_suspense
			      from receipts r
			     where exists (select 1 from exception_item x
			                    where x.suspense_entry_id = r.journal_entry_id and x.status = 'open')
			     group by r.currency
			), received as (
			    select currency, sum(amount) as received, count(*) as receipts from receipts group by currency
			)
			select c.currency, coalesce(r.received, 0) as received, coalesce(p.applied, 0) as applied,
			       coalesce(p.on_account, 0) as on_account, coalesce(s.in_suspense, 0) as in_suspense,
			       coalesce(r.receipts, 0) as receipts
			  from (select currency from received union select currency from placed) c
			  left join received r on r.currency = c.currency
			  left join placed p on p.currency = c.currency
			  left join suspense s on s.currency = c.currency
			 order by c.currency
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	DailyPostings(JdbcClient jdbc, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	public List<PostedToday> on(LocalDate day) {
		return this.jdbc.sql(POSTED)
			.param("start", this.calendar.startOf(day))
			.param("end", this.calendar.endOf(day))
			.query(PostedToday.class)
			.list();
	}

	public List<PostedToday> today() {
		return on(this.calendar.today());
	}

}
