package io.cashpost.feed;

import java.math.BigDecimal;
import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One event of the payment feed.
 *
 * @param id its place in the feed: ids only grow, never skip an event, never repeat one
 * @param type {@code payment.received}, {@code allocation.posted},
 * {@code allocation.reversed} or {@code payment.reversed}
 * @param occurredAt when the ledger posted it
 * @param customerId the customer, for allocations
 * @param currency the currency
 * @param amount the amount (cash received, applied, or reversed)
 * @param data the event's details, as webhooks send them
 */
public record FeedEvent(long id, String type, Instant occurredAt, String customerId, String currency, BigDecimal amount,
		JsonNode data) {

}
