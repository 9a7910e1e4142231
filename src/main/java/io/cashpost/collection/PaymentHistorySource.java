package io.cashpost.collection;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where a customer's payment history comes from. The ledger is one source (allocations,
 * money on account, reversals); a capability that keeps payments the ledger does not see
 * as allocations (card settlements, when they keep their own records) adds its own by
 * implementing this as a bean: {@link PaymentHistory} merges every source's events,
 * newest first.
 */
public interface PaymentHistorySource {

	/** Newest first, then by kind and id descending: the order every source returns. */
	Comparator<PaymentEvent> NEWEST_FIRST = Comparator.comparing(PaymentEvent::occurredAt)
		.thenComparing(PaymentEvent::kind)
		.thenComparingLong(PaymentEvent::id)
		.reversed();

	/**
	 * The customer's events strictly before the position, newest first.
	 * @param before where the previous page ended, or {@code null} for the newest
	 * @param limit at most this many
	 */
	List<PaymentEvent> payments(String customerId, Position before, int limit);

	/**
	 * A place in the newest-first order.
	 *
	 * @param occurredAt the event's time
	 * @param kind its kind
	 * @param id its id
	 */
	record Position(Instant occurredAt, String kind, long id) {

	}

}
