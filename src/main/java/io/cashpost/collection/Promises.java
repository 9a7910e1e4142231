package io.cashpost.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises to pay. Whether one was kept is never recorded by hand: it is computed from
 * the cash posted for the customer in the promise's currency (to invoices or on account)
 * from the moment the promise was recorded to the end of its date plus the grace days.
 * Kept once that reaches the amount; open until the date plus grace passes; broken after.
 */
@Service
public class Promises {

	private static final String INSERT = """
			insert into payment_promise (customer_id, currency, amount, promised_date, note, created_by, created_at)
			values (:customerId, :currency, :amount, :promisedDate, :note, :by, :at)
			returning promise_id
			""";

	private static final String WITH_STATUS = """
			select p.promise_id, p.customer_id, p.currency, p.amount, p.promised_date, p.note, p.created_by,
			       p.created_at, coalesce(paid.amount, 0) as paid,
			       case when coalesce(paid.amount, 0) >= p.amount then 'kept'
			            when p.promised_date + :grace >= :today then 'open'
			            else 'broken' end as status
			  from payment_promise p
			  left join lateral (
			      select sum(a.applied_amount) as amount
			        from allocation a
			       where a.customer_id = p.customer_id and a.currency = p.currency and a.status = 'posted'
			         and a.posted_at >= p.created_at
			         and a.posted_at < ((p.promised_date + :grace + 1)::timestamp at time zone :zone)
			  ) paid on true
			 where (:customerId::text is null or p.customer_id = :customerId)
			   and (:promiseId::bigint is null or p.promise_id = :promiseId)
			   and p.promised_date >= :since
			   and (:afterDate::date is null or (p.promised_date, p.promise_id) < (:afterDate, :afterId))
			 order by p.promised_date desc, p.promise_id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	private final CustomerDirectory customers;

	private final LedgerCalendar calendar;

	private final CollectionProperties properties;

	Promises(JdbcClient jdbc, CustomerDirectory customers, LedgerCalendar calendar, CollectionProperties properties) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.calendar = calendar;
		this.properties = properties;
	}

	/**
	 * Records a promise.
	 * @param promisedDate today or later
	 */
	@Transactional
	public Promise record(String customerId, String currency, BigDecimal amount, LocalDate promisedDate, String note,
			String by) {
		this.customers.nameOf(customerId);
		if (amount == null || amount.signum() <= 0) {
			throw ActionRefusedException.invalid("a promised amount is more than zero");
		}
		if (promisedDate == null || promisedDate.isBefore(this.calendar.today())) {
			throw ActionRefusedException.invalid("a promised date is today or later, not " + promisedDate);
		}
		long id = this.jdbc.sql(INSERT)
			.param("customerId", customerId)
			.param("currency", currencyCode(currency))
			.param("amount", amount)
			.param("promisedDate", promisedDate)
			.param("note", note)
			.param("by", by)
			.param("at", this.calendar.now())
			.query(Long.class)
			.single();
		return query(null, id, LocalDate.MIN, null, 1).get(0);
	}

	/** A customer's promises, newest date first. */
	public List<Promise> of(String customerId) {
		return of(customerId, null, Integer.MAX_VALUE);
	}

	/**
	 * A page of a customer's promises, newest date first.
	 * @param after the last promise of the previous page, or {@code null} for the first
	 * @param limit how many at most
	 */
	public List<Promise> of(String customerId, PromiseKey after, int limit) {
		this.customers.nameOf(customerId);
		return query(customerId, null, LocalDate.of(1900, 1, 1), after, limit);
	}

	/** Every customer's promises whose date is on or after {@code since}. */
	List<Promise> since(LocalDate since) {
		return query(null, null, since, null, Integer.MAX_VALUE);
	}

	private List<Promise> query(String customerId, Long promiseId, LocalDate since, PromiseKey after, int limit) {
		return this.jdbc.sql(WITH_STATUS)
			.param("afterDate", (after != null) ? after.promisedDate() : null)
			.param("afterId", (after != null) ? after.promiseId() : null)
			.param("limit", limit)
			.param("grace", this.properties.promiseGraceDays())
			.param("today", this.calendar.today())
			.param("zone", this.calendar.zone().getId())
			.param("customerId", customerId)
			.param("promiseId", promiseId)
			.param("since", since.isBefore(LocalDate.of(1900, 1, 1)) ? LocalDate.of(1900, 1, 1) : since)
			.query(Promises::promise)
			.list();
	}

	/**
	 * Where a page of promises ends: its last promise's date and id.
	 *
	 * @param promisedDate the promise's date
	 * @param promiseId the promise
	 */
	public record PromiseKey(LocalDate promisedDate, long promiseId) {
	}

	static String currencyCode(String currency) {
		try {
			return Currency.getInstance(currency).getCurrencyCode();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw ActionRefusedException.invalid("'" + currency + "' is not an ISO 4217 currency code");
		}
	}

	private static Promise promise(ResultSet rs, int row) throws SQLException {
		return new Promise(rs.getLong("promise_id"), rs.getString("customer_id"), rs.getString("currency"),
				rs.getBigDecimal("amount"), rs.getObject("promised_date", LocalDate.class), rs.getString("note"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getBigDecimal("paid"),
				rs.getString("status"));
	}

}
