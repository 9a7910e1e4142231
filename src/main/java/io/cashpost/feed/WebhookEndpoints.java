package io.cashpost.feed;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook endpoints the feed is pushed to. Registering one returns its signing secret
 * once; it receives the events published from then on.
 */
@Service
public class WebhookEndpoints {

	/** The event types there are. */
	public static final Set<String> EVENT_TYPES = Set.of("payment.received", "allocation.posted", "allocation.reversed",
			"payment.reversed");

	private static final String INSERT = """
			insert into webhook_endpoint (url, secret, event_types, description, created_by, created_at)
			values (:url, :secret, :eventTypes::text[], :description, :by, :at)
			returning endpoint_id
			""";

	private static final String LIST = """
			select w.endpoint_id, w.url, w.event_types, w.description, w.created_by, w.created_at, w.disabled_at,
			       count(d.feed_id) filter (where d.delivered_at is null and d.gave_up_at is null) as pending,
			       count(d.feed_id) filter (where d.delivered_at is not null) as delivered,
			       count(d.feed_id) filter (where d.gave_up_at is not null) as gave_up
			  from webhook_endpoint w
			  left join webhook_delivery d on d.endpoint_id = w.endpoint_id
			 where (:id::bigint is null or w.endpoint_id = :id) and w.endpoint_id > :after
			 group by w.endpoint_id
			 order by w.endpoint_id
			 limit :limit
			""";

	private static final String DISABLE = """
			update webhook_endpoint set disabled_at = :at, disabled_by = :by where endpoint_id = :id and disabled_at is null
			""";

	private final JdbcClient jdbc;

	private final PaymentFeed feed;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	WebhookEndpoints(JdbcClient jdbc, PaymentFeed feed, Clock clock) {
		this.jdbc = jdbc;
		this.feed = feed;
		this.clock = clock;
	}

	/**
	 * Registers an endpoint. What was published before is not sent to it: it starts with
	 * the next event (read the feed for the history).
	 * @param eventTypes the types it receives, empty for all
	 * @return the endpoint, with its secret (shown this once)
	 */
	@Transactional
	public WebhookEndpoint register(String url, List<String> eventTypes, String description, String by) {
		if (url == null || !url.matches("https?://[^\\s]+")) {
			throw new WebhookRefusedException("a webhook URL starts with http:// or https://, not '" + url + "'",
					false);
		}
		List<String> unknown = eventTypes.stream().filter((type) -> !EVENT_TYPES.contains(type)).toList();
		if (!unknown.isEmpty()) {
			throw new WebhookRefusedException("unknown event types " + unknown + "; there are " + EVENT_TYPES, false);
		}
		this.feed.publish();
		String secret = WebhookSignature.newSecret(this.random);
		long id = this.jdbc.sql(INSERT)
			.param("url", url)
			.param("secret", secret)
			.param("eventTypes", "{" + String.join(",", eventTypes) + "}")
			.param("description", description)
			.param("by", by)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		WebhookEndpoint endpoint = find(id);
		return new WebhookEndpoint(endpoint.endpointId(), endpoint.url(), endpoint.eventTypes(), endpoint.description(),
				endpoint.createdBy(), endpoint.createdAt(), endpoint.disabledAt(), 0, 0, 0, secret);
	}

	public List<WebhookEndpoint> list() {
		return list(0, Integer.MAX_VALUE);
	}

	/** The endpoints registered after {@code after}, in the order registered. */
	public List<WebhookEndpoint> list(long after, int limit) {
		return this.jdbc.sql(LIST)
			.param("id", null)
			.param("after", after)
			.param("limit", limit)
			.query(WebhookEndpoints::endpoint)
			.list();
	}

	public WebhookEndpoint find(long endpointId) {
		return this.jdbc.sql(LIST)
			.param("id", endpointId)
			.param("after", 0L)
			.param("limit", 1)
			.query(WebhookEndpoints::endpoint)
			.optional()
			.orElseThrow(() -> new WebhookRefusedException("no webhook endpoint " + endpointId, true));
	}

	/** Stops deliveries to the endpoint; what is pending is not sent. */
	@Transactional
	public WebhookEndpoint disable(long endpointId, String by) {
		find(endpointId);
		this.jdbc.sql(DISABLE)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", by)
			.param("id", endpointId)
			.update();
		return find(endpointId);
	}

	private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
		Array types = rs.getArray("event_types");
		Timestamp disabled = rs.getTimestamp("disabled_at");
		return new WebhookEndpoint(rs.getLong("endpoint_id"), rs.getString("url"),
				Arrays.asList((String[]) types.getArray()), rs.getString("description"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), (disabled != null) ? disabled.toInstant() : null,
				rs.getLong("pending"), rs.getLong("delivered"), rs.getLong("gave_up"), null);
	}

}
