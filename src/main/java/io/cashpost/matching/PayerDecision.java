package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * Decides a payment that names no usable invoice but whose payer is known: one open
 * invoice of that customer for exactly the amount (or the amount less its discount, or
 * within the write-off tolerance), else a unique combination of its open invoices that
 * adds up. A payer told by name is trusted a little less than one told by account.
 */
final class PayerDecision {

	/** What a payer told by name, not by account, takes off the confidence. */
	private static final double BY_NAME = 0.06;

	private final OpenItemIndex index;

	private final AmountFit amounts;

	private final Decisions decisions;

	private final MatchingProperties properties;

	PayerDecision(OpenItemIndex index, AmountFit amounts, Decisions decisions, MatchingProperties properties) {
		this.index = index;
		this.amounts = amounts;
		this.decisions = decisions;
		this.properties = properties;
	}

	/**
	 * A decision, or empty when nothing of the payer's fits (the caller refers it).
	 */
	Optional<MatchDecision> decide(Payment payment, Payer payer, Suggestions suggestions) {
		Money paid = payment.amount();
		List<Invoice> open = this.index.openOf(payer.customerId()).stream().map(OpenItem::invoice).toList();
		List<Invoice> sameCurrency = open.stream()
			.filter((invoice) -> invoice.amount().currency().equals(paid.currency()))
			.toList();
		suggestions.addAll(open, payer.byAccount() ? 0.6 : 0.5, payer.evidence());
		double base = payer.byAccount() ? 0 : -BY_NAME;
		Optional<MatchDecision> single = single(payment, payer, sameCurrency, base, suggestions);
		if (single.isPresent()) {
			return single;
		}
		Optional<MatchDecision> combination = combination(payment, payer, sameCurrency, base, suggestions);
		if (combination.isPresent()) {
			return combination;
		}
		return otherCurrency(payment, payer, open, suggestions);
	}

	/** One invoice fits: in full first, then with discount, then within tolerance. */
	private Optional<MatchDecision> single(Payment payment, Payer payer, List<Invoice> open, double base,
			Suggestions suggestions) {
		for (Fit.Kind kind : List.of(Fit.Kind.FULL, Fit.Kind.DISCOUNT, Fit.Kind.WRITE_OFF)) {
			List<Invoice> fitting = new ArrayList<>();
			Fit first = null;
			for (Invoice invoice : open) {
				Optional<Fit> fit = this.amounts.settling(List.of(invoice), payment.amount(), payment.valueDate());
				if (fit.isPresent() && fit.get().kind() == kind) {
					fitting.add(invoice);
					first = (first == null) ? fit.get() : first;
				}
			}
			if (fitting.size() == 1) {
				return post(payment, payer, "payer_amount", first, fitting, 0.92 + base,
						"only " + fitting.get(0).number() + " of " + payer.customerId() + "'s open invoices fits",
						suggestions);
			}
			if (fitting.size() > 1) {
				return ambiguous(payment, payer, fitting, first, base, suggestions);
			}
		}
		return Optional.empty();
	}

	private Optional<MatchDecision> ambiguous(Payment payment, Payer payer, List<Invoice> fitting, Fit oldest,
			double base, Suggestions suggestions) {
		if (this.properties.ambiguityPolicy() == AmbiguityPolicy.OLDEST_FIRST) {
			return post(payment, payer, "payer_amount_oldest_first", oldest, List.of(fitting.get(0)), 0.82 + base,
					fitting.size() + " of " + payer.customerId() + "'s open invoices fit, policy: oldest first",
					suggestions);
		}
		suggestions.addAll(fitting, 0.7, payer.evidence() + ", fits the amount");
		return Optional
			.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS, fitting.size() + " open invoices of "
					+ payer.customerId() + " fit " + payment.amount() + " (" + payer.evidence() + ")", suggestions));
	}

	/**
	 * A unique combination of the payer's open invoices adds up to the payment: in full,
	 * else with the discounts still open on the value date.
	 */
	private Optional<MatchDecision> combination(Payment payment, Payer payer, List<Invoice> open, double base,
			Suggestions suggestions) {
		Money paid = payment.amount();
		List<Invoice> eligible = open.stream().filter((invoice) -> invoice.openAmount().compareTo(paid) < 0).toList();
		if (eligible.size() < 2 || eligible.size() > this.properties.subsetSum().maxInvoices()) {
			return Optional.empty();
		}
		long[] full = eligible.stream().mapToLong((invoice) -> Amounts.units(invoice.openAmount())).toArray();
		long[] discounted = eligible.stream()
			.mapToLong((invoice) -> Amounts
				.units(invoice.openAmount().minus(Amounts.discountOn(invoice, payment.valueDate()))))
			.toArray();
		List<long[]> searches = Arrays.equals(full, discounted) ? List.of(full) : List.of(full, discounted);
		for (long[] amounts : searches) {
			SubsetSum.Result result = SubsetSum.search(amounts, Amounts.units(paid), 2,
					this.properties.subsetSum().maxSize(), this.properties.subsetSum().maxSteps());
			if (result.outcome() == SubsetSum.Outcome.UNIQUE) {
				List<Invoice> chosen = new ArrayList<>();
				for (int i : result.indices()) {
					chosen.add(eligible.get(i));
				}
				Optional<Fit> fit = this.amounts.settling(chosen, paid, payment.valueDate());
				if (fit.isPresent()) {
					return post(payment, payer, "payer_subset_sum", fit.get(), chosen, 0.86 + base,
							"of " + payer.customerId() + "'s " + eligible.size() + " open invoices only "
									+ chosen.size() + " add up to " + paid,
							suggestions);
				}
			}
			if (result.outcome() == SubsetSum.Outcome.SEVERAL) {
				suggestions.addAll(eligible, 0.5, "part of a combination adding up to " + paid);
				return Optional
					.of(this.decisions.refer(
							payment, ExceptionReason.AMBIGUOUS, "several combinations of " + payer.customerId()
									+ "'s open invoices add up to " + paid + " (" + payer.evidence() + ")",
							suggestions));
			}
		}
		return Optional.empty();
	}

	/** The payer's invoice for this amount is in another currency: never applied. */
	private Optional<MatchDecision> otherCurrency(Payment payment, Payer payer, List<Invoice> open,
			Suggestions suggestions) {
		Money paid = payment.amount();
		List<Invoice> sameFigure = open.stream()
			.filter((invoice) -> !invoice.amount().currency().equals(paid.currency())
					&& invoice.openAmount().amount().compareTo(paid.amount()) == 0)
			.toList();
		if (sameFigure.isEmpty()) {
			return Optional.empty();
		}
		return Optional
			.of(this.decisions.refer(payment, ExceptionReason.CURRENCY_MISMATCH,
					"paid in " + paid.currency() + ", " + sameFigure.get(0).number() + " of " + payer.customerId()
							+ " is open " + sameFigure.get(0).openAmount() + " (" + payer.evidence() + ")",
					suggestions));
	}

	private Optional<MatchDecision> post(Payment payment, Payer payer, String rule, Fit fit, List<Invoice> invoices,
			double confidence, String evidence, Suggestions suggestions) {
		Proposal proposal = new Proposal(rule, fit, invoices, payer.customerId(), confidence - fit.kind().penalty(),
				payer.evidence() + "; " + evidence);
		return Optional.of(this.decisions.post(payment, proposal, suggestions));
	}

}
