package io.cashpost.feed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The payment feed collection tools poll: events after the last id they saw, in order.
 * Ids are stable across restarts and dense; a poller that keeps the last id it processed
 * and asks for {@code after} it sees every event once. An event appears once every
 * posting that started before it has ended (committed or rolled back), usually within a
 * chunk's time.
 */
@Service
public class PaymentFeed {

	private static final String AFTER = """
			select feed_id, event_type, occurred_at, customer_id, currency, amount, payload::text as payload
			  from payment_feed
			 where feed_id > :after and (:customerId::text is null or customer_id = :customerId)
			 order by feed_id
			 limit :limit
			""";

	private static final String LAST = "select coalesce(max(feed_id), 0) from payment_feed";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final FeedPublisher publisher;

	PaymentFeed(JdbcClient jdbc, FeedPublisher publisher) {
		this.jdbc = jdbc;
		this.publisher = publisher;
	}

	/**
	 * Publishes what has become ready, then reads.
	 * @param after the last id seen, 0 for the start
	 * @param customerId one customer's allocations only, or {@code null} for all events
	 */
	public List<FeedEvent> after(long after, String customerId, int limit) {
		this.publisher.publish();
		return this.jdbc.sql(AFTER)
			.param("after", after)
			.param("customerId", customerId)
			.param("limit", limit)
			.query(PaymentFeed::event)
			.list();
	}

	/** The newest id published: a new poller may start from here. */
	public long lastId() {
		this.publisher.publish();
		return this.jdbc.sql(LAST).query(Long.class).single();
	}

	/** Publishes what is ready, for the webhook scheduler and tests. */
	public int publish() {
		return this.publisher.publish();
	}

	private static FeedEvent event(ResultSet rs, int row) throws SQLException {
		return new FeedEvent(rs.getLong("feed_id"), rs.getString("event_type"),
				rs.getTimestamp("occurred_at").toInstant(), rs.getString("customer_id"), rs.getString("currency"),
				rs.getBigDecimal("amount"), JSON.readTree(rs.getString("payload")));
	}

}
