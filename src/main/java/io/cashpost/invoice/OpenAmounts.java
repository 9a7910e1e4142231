package io.cashpost.invoice;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Changes what is open on invoices, for posting. Call inside the posting's transaction:
 * the rows stay locked until it commits, so two postings never overdraw one invoice.
 * Insert the allocation before changing the open amount: the database checks at commit
 * that every touched invoice's open amount is its amount less what its live allocations
 * settle.
 */
public interface OpenAmounts {

	/**
	 * Locks the invoices (in id order, so concurrent postings cannot deadlock) and
	 * returns them.
	 */
	List<Invoice> lock(Collection<Long> invoiceIds);

	/**
	 * Locks the invoices with these numbers (in id order) and returns those that exist.
	 * Credit notes are left out: a person assigns cash to invoices, never to credit.
	 */
	List<Invoice> lockByNumbers(Collection<String> invoiceNumbers);

	/**
	 * Reduces an invoice's open amount.
	 * @throws IllegalStateException if less than {@code amount} is open
	 */
	void reduce(long invoiceId, BigDecimal amount);

	/**
	 * Reduces the open amounts of many invoices in one statement.
	 * @param amounts what each invoice loses, summed per invoice
	 * @throws IllegalStateException if any has less open than it is to lose
	 */
	void reduceAll(Map<Long, BigDecimal> amounts);

	/**
	 * Gives back what a reversed allocation had settled: the invoice reopens.
	 * @throws IllegalStateException if the open amount would exceed the invoice amount
	 */
	void restore(long invoiceId, BigDecimal amount);

}
