package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How matching fared each day: receipts posted automatically and receipts referred to the
 * exception queue, and the exceptions open at each day's end with their age.
 */
@Repository
class QueueSeries {

	private static final String DECISIONS = """
			select day, sum(automatic) as automatic, sum(referred) as referred
			  from (select (a.posted_at at time zone :zone)::date as day,
			               count(distinct a.journal_entry_id) as automatic, 0 as referred
			          from allocation a
			         where a.posted_at >= :fromStart and a.posted_at < :toEnd and a.rule <> 'manual'
			         group by 1
			        union all
			        select (x.created_at at time zone :zone)::date, 0, count(*)
			          from exception_item x
			         where x.suspense_entry_id is not null and x.created_at >= :fromStart and x.created_at < :toEnd
			         group by 1) d
			 group by day
			 order by day
			""";

	private static final String OPEN_EXCEPTIONS = """
			with items as (
			    select x.exception_id, x.created_at, r.resolved_at
			      from exception_item x
			      left join exception_resolution r on r.exception_id = x.exception_id
			     where x.created_at < :toEnd and (r.resolved_at is null or r.resolved_at >= :fromStart)
			), days as (
			    select d::date as day, ((d::date + 1)::timestamp at time zone :zone) as day_end
			      from generate_series(:from::date, :to::date, interval '1 day') d
			)
			select d.day, count(i.exception_id) as open,
			       max(d.day - (i.created_at at time zone :zone)::date) as oldest_days,
			       avg(d.day - (i.created_at at time zone :zone)::date) as average_days
			  from days d
			  left join items i on i.created_at < d.day_end and (i.resolved_at is null or i.resolved_at >= d.day_end)
			 group by d.day
			 order by d.day
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	QueueSeries(JdbcClient jdbc, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	List<Decisions> decisions(LocalDate from, LocalDate to) {
		return this.jdbc.sql(DECISIONS)
			.param("zone", this.calendar.zone().getId())
			.param("fromStart", this.calendar.startOf(from))
			.param("toEnd", this.calendar.endOf(to))
			.query(Decisions.class)
			.list();
	}

	List<OpenExceptions> openExceptions(LocalDate from, LocalDate to) {
		return this.jdbc.sql(OPEN_EXCEPTIONS)
			.param("zone", this.calendar.zone().getId())
			.param("fromStart", this.calendar.startOf(from))
			.param("toEnd", this.calendar.endOf(to))
			.param("from", from)
			.param("to", to)
			.query(OpenExceptions.class)
			.list();
	}

	/**
	 * Receipts decided on a day.
	 *
	 * @param day the day
	 * @param automatic posted by matching
	 * @param referred referred to the exception queue with their money in suspense
	 */
	record Decisions(LocalDate day, long automatic, long referred) {
	}

	/**
	 * Exceptions open at a day's end.
	 *
	 * @param day the day
	 * @param open how many
	 * @param oldestDays the oldest one's age in days
	 * @param averageDays their average age in days
	 */
	record OpenExceptions(LocalDate day, int open, Integer oldestDays, BigDecimal averageDays) {
	}

}
