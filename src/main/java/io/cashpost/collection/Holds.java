package io.cashpost.collection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds: a person stops the chasing of a customer, with a reason, until released or until
 * a date.
 */
@Service
public class Holds {

	private static final String INSERT = """
			insert into collection_hold (customer_id, reason, until, set_by, set_at)
			values (:customerId, :reason, :until, :by, :at)
			returning hold_id
			""";

	private static final String SELECT = """
			select hold_id, customer_id, reason, until, set_by, set_at, released_by, released_at
			  from collection_hold
			""";

	private static final String ACTIVE = SELECT + """
			 where released_at is null and (until is null or until >= :today)
			   and (:customerId::text is null or customer_id = :customerId)
			 order by customer_id, hold_id
			""";

	private static final String ONE = SELECT + " where hold_id = :id";

	private static final String RELEASE = """
			update collection_hold set released_by = :by, released_at = :at where hold_id = :id and released_at is null
			""";

	private final JdbcClient jdbc;

	private final CustomerDirectory customers;

	private final LedgerCalendar calendar;

	Holds(JdbcClient jdbc, CustomerDirectory customers, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.customers = customers;
		this.calendar = calendar;
	}

	/**
	 * @param until the last day it holds (today or later), or {@code null} until released
	 */
	@Transactional
	public Hold set(String customerId, String reason, LocalDate until, String by) {
		this.customers.nameOf(customerId);
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw ActionRefusedException.invalid("a hold needs its reason (1 to 1000 characters)");
		}
		if (until != null && until.isBefore(this.calendar.today())) {
			throw ActionRefusedException.invalid("a hold lasts until today or later, not " + until);
		}
		long id = this.jdbc.sql(INSERT)
			.param("customerId", customerId)
			.param("reason", reason.strip())
			.param("until", until)
			.param("by", by)
			.param("at", this.calendar.now())
			.query(Long.class)
			.single();
		return find(id);
	}

	@Transactional
	public Hold release(long holdId, String by) {
		Hold hold = find(holdId);
		if (this.jdbc.sql(RELEASE).param("by", by).param("at", this.calendar.now()).param("id", holdId).update() == 0) {
			throw ActionRefusedException.conflict(
					"hold " + holdId + " was released already by " + hold.releasedBy() + " at " + hold.releasedAt());
		}
		return find(holdId);
	}

	public Hold find(long holdId) {
		return this.jdbc.sql(ONE)
			.param("id", holdId)
			.query(Holds::hold)
			.optional()
			.orElseThrow(() -> ActionRefusedException.notFound("no hold " + holdId));
	}

	/** Holds in force today, for one customer or all. */
	public List<Hold> active(String customerId) {
		return this.jdbc.sql(ACTIVE)
			.param("today", this.calendar.today())
			.param("customerId", customerId)
			.query(Holds::hold)
			.list();
	}

	private static Hold hold(ResultSet rs, int row) throws SQLException {
		Timestamp releasedAt = rs.getTimestamp("released_at");
		return new Hold(rs.getLong("hold_id"), rs.getString("customer_id"), rs.getString("reason"),
				rs.getObject("until", LocalDate.class), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant(),
				rs.getString("released_by"), (releasedAt != null) ? releasedAt.toInstant() : null);
	}

}
