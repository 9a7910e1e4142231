package io.cashpost.invoice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices found by their keys ({@link InvoiceKeys}), open or not: those whose payment
 * reference has a key, and those whose number has a key. What {@link OpenInvoices#byKeys}
 * answers for a whole page of payments at once.
 */
public final class InvoicesByKey {

	private final Map<String, List<Invoice>> byReference = new HashMap<>();

	private final Map<String, List<Invoice>> byNumber = new HashMap<>();

	/** Adds an invoice found by its reference key or number key (either may be null). */
	public void add(Invoice invoice, String referenceKey, String numberKey) {
		if (referenceKey != null) {
			this.byReference.computeIfAbsent(referenceKey, (key) -> new ArrayList<>()).add(invoice);
		}
		if (numberKey != null) {
			this.byNumber.computeIfAbsent(numberKey, (key) -> new ArrayList<>()).add(invoice);
		}
	}

	/**
	 * The invoices {@link OpenInvoices#byReferenceKey} and then
	 * {@link OpenInvoices#byNumberKeys} would give for these keys, each once: those with
	 * the payment reference first, then those with one of the numbers, each group by id.
	 */
	public List<Invoice> named(String referenceKey, Collection<String> numberKeys) {
		Map<Long, Invoice> found = new LinkedHashMap<>();
		if (referenceKey != null) {
			byId(this.byReference.getOrDefault(referenceKey, List.of()))
				.forEach((invoice) -> found.putIfAbsent(invoice.id(), invoice));
		}
		List<Invoice> withNumber = new ArrayList<>();
		for (String key : numberKeys) {
			withNumber.addAll(this.byNumber.getOrDefault(key, List.of()));
		}
		byId(withNumber).forEach((invoice) -> found.putIfAbsent(invoice.id(), invoice));
		return List.copyOf(found.values());
	}

	private static List<Invoice> byId(List<Invoice> invoices) {
		List<Invoice> sorted = new ArrayList<>(invoices);
		sorted.sort(Comparator.comparingLong(Invoice::id));
		return sorted;
	}

}
