package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Receivables at the end of each day of a range, per currency, recomputed from the ledger
 * in one query: total open, the part not yet due (current), and credit sales (invoices
 * issued that day).
 * <p>
 * Each invoice contributes events: its amount (less what the ERP had settled) on its
 * issue date, each settlement when posted, each reversal of one when posted. Total
 * receivables on a day are today's open amounts less every event after that day; the
 * current part is the sum of the events up to that day of invoices not yet due on it. So
 * only events after the range's start, and invoices due since, are read.
 */
@Repository
class ReceivablesSeries {

	private static final String SERIES = """
			with ev as (
			    select i.currency, i.issue_date as day, i.due_date, i.amount - i.settled_outside as delta
			      from invoice i
			     where i.document_type = 'invoice' and (i.issue_date > :first or i.due_date >= :first)
			    union all
			    select i.currency, (a.posted_at at time zone :zone)::date, i.due_date,
			           -(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount)
			      from allocation a
			      join invoice i on i.invoice_id = a.invoice_id and i.document_type = 'invoice'
			     where a.posted_at >= :afterFirst
			    union all
			    select i.currency, (a.posted_at at time zone :zone)::date, i.due_date,
			           -(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount)
			      from invoice i
			      join allocation a on a.invoice_id = i.invoice_id
			     where i.due_date >= :first and a.posted_at < :afterFirst and i.document_type = 'invoice'
			    union all
			    select i.currency, (r.posted_at at time zone :zone)::date, i.due_date,
			           a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount
			      from journal_entry r
			      join allocation a on a.journal_entry_id = r.reverses_entry_id
			      join invoice i on i.invoice_id = a.invoice_id and i.document_type = 'invoice'
			     where r.reverses_entry_id is not null and a.status = 'reversed'
			       and (r.posted_at >= :afterFirst or i.due_date >= :first)
			), later as (
			    select currency, least(day, :last + 1) as day, sum(delta) as delta
			      from ev where day > :first group by 1, 2
			), current_in as (
			    select currency, greatest(day, :first) as day, sum(delta) as delta
			      from ev where due_date >= :first and day <= :last group by 1, 2
			), current_out as (
			    select currency, greatest(day, due_date + 1, :first) as day, sum(delta) as delta
			      from ev where due_date >= :first and greatest(day, due_date + 1) <= :last group by 1, 2
			), open_now as (
			    select currency, sum(open_amount) as ar from invoice
			     where open_amount <> 0 and document_type = 'invoice' group by currency
			), sales as (
			    select currency, issue_date as day, sum(amount) as sales
			      from invoice where issue_date between :first and :last and document_type = 'invoice' group by 1, 2
			), currencies as (
			    select currency from open_now union select currency from later union select currency from sales
			), days as (
			    select d::date as day from generate_series(:first::date, :last::date, interval '1 day') d
			)
			select c.currency, d.day,
			       coalesce(n.ar, 0)
			         - coalesce((select sum(x.delta) from later x where x.currency = c.currency and x.day > d.day), 0)
			         as receivables,
			       coalesce((select sum(x.delta) from current_in x where x.currency = c.currency and x.day <= d.day), 0)
			         - coalesce((select sum(x.delta) from current_out x where x.currency = c.currency and x.day <= d.day), 0)
			         as current_receivables,
			       coalesce((select sum(s.sales) from sales s where s.currency = c.currency and s.day = d.day), 0)
			         as credit_sales
			  from currencies c
			  cross join days d
			  left join open_now n on n.currency = c.currency
			 order by c.currency, d.day
			""";

	private static final String SALES = """
			select currency, issue_date as day, sum(amount) as sales
			  from invoice
			 where issue_date > :first and issue_date <= :last and document_type = 'invoice'
			 group by 1, 2
			 order by 1, 2
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	ReceivablesSeries(JdbcClient jdbc, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** Every currency's figures for every day from {@code first} to {@code last}. */
	List<Day> days(LocalDate first, LocalDate last) {
		return this.jdbc.sql(SERIES)
			.param("first", first)
			.param("last", last)
			.param("afterFirst", this.calendar.endOf(first))
			.param("zone", this.calendar.zone().getId())
			.query(Day.class)
			.list();
	}

	/** Credit sales per currency and day in {@code (after, last]}. */
	List<Sales> sales(LocalDate after, LocalDate last) {
		return this.jdbc.sql(SALES).param("first", after).param("last", last).query(Sales.class).list();
	}

	/**
	 * One currency on one day.
	 *
	 * @param currency the currency
	 * @param day the day
	 * @param receivables open at its end
	 * @param currentReceivables the part not yet due
	 * @param creditSales invoiced that day
	 */
	record Day(String currency, LocalDate day, BigDecimal receivables, BigDecimal currentReceivables,
			BigDecimal creditSales) {
	}

	/**
	 * Credit sales of one currency on one day.
	 *
	 * @param currency the currency
	 * @param day the day
	 * @param sales invoiced
	 */
	record Sales(String currency, LocalDate day, BigDecimal sales) {
	}

}
