package io.cashpost.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Delivers the feed to webhook endpoints: at least once, signed, retried with backoff.
 * Each round claims the due deliveries for a lease (so two dispatchers, or one restarted
 * after a crash, never send one at the same time, and a claimed one is retried once its
 * lease runs out), posts each, and records the answer: a 2xx is delivered; anything else
 * waits the next retry delay, and after the last one is given up.
 * <p>
 * A message is {@code {"type": ..., "timestamp": ..., "data": {...}}}, the same bytes on
 * every attempt; headers {@code webhook-id} (the same on every attempt: receivers drop
 * repeats by it), {@code webhook-timestamp} and {@code webhook-signature}.
 */
@Service
public class WebhookDispatcher {

	private static final Log logger = LogFactory.getLog(WebhookDispatcher.class);

	private static final String CLAIM = """
			update webhook_delivery d
			   set next_attempt_at = :leaseUntil
			  from (select endpoint_id, feed_id
			          from webhook_delivery
			         where delivered_at is null and gave_up_at is null and next_attempt_at <= :now
			         order by next_attempt_at, feed_id
			         limit :batch
			           for update skip locked) due,
			       webhook_endpoint w,
			       payment_feed f
			 where d.endpoint_id = due.endpoint_id and d.feed_id = due.feed_id
			   and w.endpoint_id = d.endpoint_id and f.feed_id = d.feed_id
			returning d.endpoint_id, d.feed_id, d.attempts, w.url, w.secret, w.disabled_at is not null as disabled,
			          f.event_type, f.occurred_at, f.payload::text as payload
			""";

	private static final String DELIVERED = """
			update webhook_delivery
			   set attempts = attempts + 1, delivered_at = :now, last_status = :status, last_error = null
			 where endpoint_id = :endpointId and feed_id = :feedId
			""";

	private static final String FAILED = """
			update webhook_delivery
			   set attempts = attempts + 1, last_status = :status, last_error = :error,
			       next_attempt_at = coalesce(:next, next_attempt_at), gave_up_at = :gaveUp
			 where endpoint_id = :endpointId and feed_id = :feedId
			""";

	private final JdbcClient jdbc;

	private final PaymentFeed feed;

	private final WebhookProperties properties;

	private final HttpClient http;

	private final Clock clock;

	WebhookDispatcher(JdbcClient jdbc, PaymentFeed feed, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.feed = feed;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Publishes the feed, then delivers what is due now.
	 * @return deliveries attempted
	 */
	public int deliverDue() {
		this.feed.publish();
		return deliverDue(this.clock.instant());
	}

	/** Delivers what is due at {@code now}. */
	int deliverDue(Instant now) {
		Duration lease = this.properties.timeout().multipliedBy(2);
		List<Claimed> claimed = this.jdbc.sql(CLAIM)
			.param("leaseUntil", Timestamp.from(now.plus(lease)))
			.param("now", Timestamp.from(now))
			.param("batch", this.properties.batch())
			.query(Claimed.class)
			.list();
		for (Claimed delivery : claimed) {
			attempt(delivery, now);
		}
		return claimed.size();
	}

	private void attempt(Claimed delivery, Instant now) {
		if (delivery.disabled()) {
			recordFailure(delivery, now, null, "endpoint disabled", true);
			return;
		}
		String body = "{\"type\":\"" + delivery.eventType() + "\",\"timestamp\":\"" + delivery.occurredAt().toInstant()
				+ "\",\"data\":" + delivery.payload() + "}";
		String id = "feed_" + delivery.feedId();
		long timestamp = now.getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
			.timeout(this.properties.timeout())
			.header("Content-Type", "application/json")
			.header("User-Agent", "cashpost-webhooks")
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSignature.sign(delivery.secret(), id, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() / 100 == 2) {
				this.jdbc.sql(DELIVERED)
					.param("now", Timestamp.from(now))
					.param("status", response.statusCode())
					.param("endpointId", delivery.endpointId())
					.param("feedId", delivery.feedId())
					.update();
				return;
			}
			recordFailure(delivery, now, response.statusCode(), "HTTP " + response.statusCode(), false);
		}
		catch (IOException | IllegalArgumentException ex) {
			recordFailure(delivery, now, null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), false);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			recordFailure(delivery, now, null, "interrupted", false);
		}
	}

	private void recordFailure(Claimed delivery, Instant now, Integer status, String error, boolean giveUp) {
		List<Duration> delays = this.properties.retryDelays();
		boolean last = giveUp || delivery.attempts() >= delays.size();
		Instant next = last ? null : now.plus(delays.get(delivery.attempts()));
		if (last) {
			logger.warn("webhook " + delivery.url() + ": gave up on event " + delivery.feedId() + " after "
					+ (delivery.attempts() + 1) + " attempts: " + error);
		}
		this.jdbc.sql(FAILED)
			.param("status", status)
			.param("error", error)
			.param("next", (next != null) ? Timestamp.from(next) : null)
			.param("gaveUp", last ? Timestamp.from(now) : null)
			.param("endpointId", delivery.endpointId())
			.param("feedId", delivery.feedId())
			.update();
	}

	/**
	 * A delivery claimed for this round.
	 *
	 * @param endpointId the endpoint
	 * @param feedId the event
	 * @param attempts attempts made before this one
	 * @param url where to
	 * @param secret its signing secret
	 * @param disabled whether it was disabled meanwhile
	 * @param eventType the event's type
	 * @param occurredAt when it happened
	 * @param payload its data
	 */
	record Claimed(long endpointId, long feedId, int attempts, String url, String secret, boolean disabled,
			String eventType, java.time.OffsetDateTime occurredAt, String payload) {
	}

}
