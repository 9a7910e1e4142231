package io.cashpost.feed;

import java.time.Instant;
import java.util.List;

/**
 * A URL the feed's events are delivered to.
 *
 * @param endpointId the endpoint
 * @param url where events are posted
 * @param eventTypes the event types it receives; empty for all
 * @param description what it is for
 * @param createdBy who registered it
 * @param createdAt when
 * @param disabledAt when it was disabled, or {@code null}
 * @param pending deliveries not yet made
 * @param delivered deliveries made
 * @param gaveUp deliveries given up after every retry
 * @param secret the signing secret: only when just registered, {@code null} otherwise
 */
public record WebhookEndpoint(long endpointId, String url, List<String> eventTypes, String description,
		String createdBy, Instant createdAt, Instant disabledAt, long pending, long delivered, long gaveUp,
		String secret) {

}
