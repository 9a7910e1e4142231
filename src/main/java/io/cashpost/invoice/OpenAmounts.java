package io.cashpost.invoice;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * Changes what is open on invoices, for posting. Call inside the posting's transaction:
 * the rows stay locked until it commits, so two postings never overdraw one invoice.
 */
public interface OpenAmounts {

	/**
	 * Locks the invoices (in id order, so concurrent postings cannot deadlock) and
	 * returns them.
	 */
	List<Invoice> lock(Collection<Long> invoiceIds);

	/**
	 * Reduces an invoice's open amount.
	 * @throws IllegalStateException if less than {@code amount} is open
	 */
	void reduce(long invoiceId, BigDecimal amount);

}
