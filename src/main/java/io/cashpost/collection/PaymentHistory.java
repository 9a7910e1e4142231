package io.cashpost.collection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * A customer's payment history, newest first, merged from every
 * {@link PaymentHistorySource}: the ledger's allocations (bank receipts and card
 * settlements alike), money on account and reversals; a capability that keeps payments
 * outside the ledger's allocations adds its own through the same interface.
 */
@Service
public class PaymentHistory {

	private final List<PaymentHistorySource> sources;

	private final CustomerDirectory customers;

	PaymentHistory(List<PaymentHistorySource> sources, CustomerDirectory customers) {
		this.sources = sources;
		this.customers = customers;
	}

	/**
	 * @param before where the previous page ended, or {@code null}
	 */
	public List<PaymentEvent> of(String customerId, PaymentHistorySource.Position before, int limit) {
		this.customers.nameOf(customerId);
		List<PaymentEvent> events = new ArrayList<>();
		for (PaymentHistorySource source : this.sources) {
			events.addAll(source.payments(customerId, before, limit));
		}
		events.sort(PaymentHistorySource.NEWEST_FIRST);
		return events.subList(0, Math.min(limit, events.size()));
	}

}
