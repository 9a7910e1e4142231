package io.cashpost.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.money.Money;

/**
 * Turns the invoices a payment refers to into a decision. Precision first: a wrong
 * posting costs more than an exception, so anything not clearly best is referred with
 * suggestions.
 */
final class ReferenceDecision {

	private static final double STRUCTURED_FULL = 1.0;

	private static final double STRUCTURED_PARTIAL = 0.9;

	private static final double TEXT_EXACT = 0.95;

	private ReferenceDecision() {
	}

	static MatchDecision decide(Payment payment, ReferencedInvoices found, int maxSuggestions) {
		Money paid = payment.amount();
		List<Invoice> sameCurrency = found.invoices()
			.stream()
			.filter((invoice) -> invoice.amount().currency().equals(paid.currency()))
			.toList();
		if (sameCurrency.isEmpty()) {
			Invoice other = found.invoices().get(0);
			return refer(
					payment, ExceptionReason.CURRENCY_MISMATCH, "paid in " + paid.currency() + ", " + other.number()
							+ " is in " + other.amount().currency() + " (" + found.evidence() + ")",
					found, maxSuggestions);
		}
		List<Invoice> open = sameCurrency.stream().filter(Invoice::isOpen).toList();
		if (open.isEmpty()) {
			return refer(payment, ExceptionReason.INVOICE_SETTLED,
					numbers(sameCurrency) + " already settled (" + found.evidence() + ")", found, maxSuggestions);
		}
		return (open.size() == 1) ? decideOne(payment, open.get(0), found, maxSuggestions)
				: decideSeveral(payment, open, found, maxSuggestions);
	}

	private static MatchDecision decideOne(Payment payment, Invoice invoice, ReferencedInvoices found,
			int maxSuggestions) {
		Money paid = payment.amount();
		int comparison = paid.compareTo(invoice.openAmount());
		if (comparison == 0) {
			return new AutoPost(payment, List.of(full(invoice)), Money.zero(paid.currency()), null, found.rule(),
					found.structured() ? STRUCTURED_FULL : TEXT_EXACT, found.evidence());
		}
		if (found.structured() && comparison < 0) {
			ProposedAllocation partial = new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(),
					paid, Money.zero(paid.currency()), Money.zero(paid.currency()), "short_payment");
			return new AutoPost(payment, List.of(partial), Money.zero(paid.currency()), null, found.rule(),
					STRUCTURED_PARTIAL, found.evidence() + "; short by " + invoice.openAmount().minus(paid));
		}
		if (found.structured()) {
			Money rest = paid.minus(invoice.openAmount());
			return new AutoPost(payment, List.of(full(invoice)), rest, invoice.customerId(), found.rule(),
					STRUCTURED_PARTIAL, found.evidence() + "; overpaid by " + rest);
		}
		return refer(payment, ExceptionReason.AMOUNT_MISMATCH, invoice.number() + " is open " + invoice.openAmount()
				+ ", paid " + paid + " (" + found.evidence() + ")", found, maxSuggestions);
	}

	private static MatchDecision decideSeveral(Payment payment, List<Invoice> open, ReferencedInvoices found,
			int maxSuggestions) {
		Money paid = payment.amount();
		Money sum = open.stream().map(Invoice::openAmount).reduce(Money.zero(paid.currency()), Money::plus);
		Set<String> customers = open.stream().map(Invoice::customerId).collect(Collectors.toSet());
		if (sum.isSameAs(paid) && customers.size() == 1) {
			return new AutoPost(payment, open.stream().map(ReferenceDecision::full).toList(),
					Money.zero(paid.currency()), null, found.rule() + "_sum",
					found.structured() ? STRUCTURED_FULL : TEXT_EXACT,
					found.evidence() + "; " + numbers(open) + " add up to " + paid);
		}
		List<Invoice> exact = open.stream().filter((invoice) -> invoice.openAmount().isSameAs(paid)).toList();
		if (exact.size() == 1) {
			return new AutoPost(payment, List.of(full(exact.get(0))), Money.zero(paid.currency()), null, found.rule(),
					found.structured() ? STRUCTURED_FULL : TEXT_EXACT,
					found.evidence() + "; only " + exact.get(0).number() + " has the amount paid");
		}
		ExceptionReason reason = exact.isEmpty() ? ExceptionReason.AMOUNT_MISMATCH : ExceptionReason.AMBIGUOUS;
		return refer(payment, reason,
				numbers(open) + " are open " + sum + " in all, paid " + paid + " (" + found.evidence() + ")", found,
				maxSuggestions);
	}

	private static ProposedAllocation full(Invoice invoice) {
		Money zero = Money.zero(invoice.openAmount().currency());
		return new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), invoice.openAmount(), zero,
				zero, null);
	}

	private static Refer refer(Payment payment, ExceptionReason reason, String detail, ReferencedInvoices found,
			int maxSuggestions) {
		return new Refer(payment, reason, detail, suggestions(payment.amount(), found, maxSuggestions));
	}

	/** Open invoices first, then those closest in amount to what was paid. */
	static List<Suggestion> suggestions(Money paid, ReferencedInvoices found, int max) {
		return found.invoices()
			.stream()
			.sorted(Comparator.comparing((Invoice invoice) -> !invoice.isOpen())
				.thenComparing((invoice) -> distance(paid, invoice)))
			.limit(max)
			.map((invoice) -> new Suggestion(invoice.number(), invoice.customerId(), invoice.openAmount(),
					score(paid, invoice, found), found.evidence()))
			.toList();
	}

	private static BigDecimal distance(Money paid, Invoice invoice) {
		return paid.amount().subtract(invoice.openAmount().amount()).abs();
	}

	private static double score(Money paid, Invoice invoice, ReferencedInvoices found) {
		if (!invoice.isOpen() || !invoice.amount().currency().equals(paid.currency())) {
			return 0.1;
		}
		BigDecimal relative = distance(paid, invoice).divide(paid.amount().abs().max(BigDecimal.ONE), 4,
				RoundingMode.HALF_UP);
		double base = found.structured() ? 0.9 : 0.7;
		return Math.max(0.1, base - Math.min(0.6, relative.doubleValue()));
	}

	private static String numbers(List<Invoice> invoices) {
		return invoices.stream().map(Invoice::number).collect(Collectors.joining(", "));
	}

}
