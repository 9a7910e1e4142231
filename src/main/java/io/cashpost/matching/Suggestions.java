package io.cashpost.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * Collects the invoices a person may want to apply a referred payment to, keeps the best
 * score per invoice and hands out the top few, best first.
 */
final class Suggestions {

	private final Money paid;

	private final Map<Long, Suggested> byInvoice = new LinkedHashMap<>();

	Suggestions(Money paid) {
		this.paid = paid;
	}

	/** Suggests an invoice with a base score, lowered by how far its amount is off. */
	Suggestions add(Invoice invoice, double base, String why) {
		double score = score(invoice, base);
		Suggested current = this.byInvoice.get(invoice.id());
		if (current == null || score > current.suggestion().score()) {
			this.byInvoice.put(invoice.id(), new Suggested(invoice,
					new Suggestion(invoice.number(), invoice.customerId(), invoice.openAmount(), score, why)));
		}
		return this;
	}

	Suggestions addAll(List<Invoice> invoices, double base, String why) {
		invoices.forEach((invoice) -> add(invoice, base, why));
		return this;
	}

	List<Suggestion> top(int max) {
		return this.byInvoice.values()
			.stream()
			.sorted(Comparator.comparingDouble((Suggested s) -> -s.suggestion().score())
				.thenComparing((s) -> s.invoice().dueDate())
				.thenComparingLong((s) -> s.invoice().id()))
			.limit(max)
			.map(Suggested::suggestion)
			.toList();
	}

	private double score(Invoice invoice, double base) {
		if (!invoice.isOpen() || !invoice.amount().currency().equals(this.paid.currency())) {
			return Math.min(base, 0.1);
		}
		BigDecimal off = this.paid.amount()
			.subtract(invoice.openAmount().amount())
			.abs()
			.divide(this.paid.amount().abs().max(BigDecimal.ONE), 4, RoundingMode.HALF_UP);
		return round(Math.max(0.05, base - Math.min(0.5, off.doubleValue())));
	}

	private static double round(double score) {
		return Math.round(score * 100) / 100.0;
	}

	private record Suggested(Invoice invoice, Suggestion suggestion) {

	}

}
