package io.cashpost.collection;

import java.util.List;

/**
 * One customer, as the customer page and {@code GET /api/customers/{id}} show it.
 *
 * @param customerId the customer
 * @param name its name
 * @param balances per currency
 * @param openItems invoices with money open, oldest due first
 * @param holds holds in force
 * @param promises promises to pay, newest first, with whether each was kept
 * @param disputes open disputes
 * @param notes the latest notes, newest first
 */
public record CustomerDetail(String customerId, String name, List<Balance> balances, List<OpenItem> openItems,
		List<Hold> holds, List<Promise> promises, List<Dispute> disputes, List<Note> notes) {

}
