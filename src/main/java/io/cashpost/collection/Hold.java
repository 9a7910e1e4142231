package io.cashpost.collection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's stop on chasing a customer.
 *
 * @param holdId the hold
 * @param customerId the customer
 * @param reason why
 * @param until the last day it holds, or {@code null} until released
 * @param setBy who set it
 * @param setAt when
 * @param releasedBy who released it, or {@code null}
 * @param releasedAt when
 */
public record Hold(long holdId, String customerId, String reason, LocalDate until, String setBy, Instant setAt,
		String releasedBy, Instant releasedAt) {

}
