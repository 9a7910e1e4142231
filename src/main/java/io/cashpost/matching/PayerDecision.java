package io.cashpost.matching;

import java.util.List;
import java.util.Optional;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * Decides a payment that names no usable invoice but whose payer is known: one open
 * invoice of that customer for exactly the amount (or the amount less its discount, or
 * within the write-off tolerance), or a unique combination of its open invoices that adds
 * up, when that explanation is clearly the payer's ({@link Fits} says when). A payer told
 * by name is trusted a little less than one told by account.
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
		Fits fits = Fits.of(sameCurrency, paid, payment.valueDate(), this.amounts, this.properties.subsetSum(),
				this.properties.subsetSum().maxSize());
		Fits.Choice choice = fits.choice();
		if (choice instanceof Fits.Choice.One one) {
			return one.combination()
					? post(payment, payer, "payer_subset_sum", one.fit(), one.invoices(), 0.86 + base,
							"of " + payer.customerId() + "'s " + sameCurrency.size() + " open invoices only "
									+ Fits.numbers(one.invoices()) + " add up to " + paid,
							suggestions)
					: post(payment, payer, "payer_amount", one.fit(), one.invoices(), 0.92 + base, "only "
							+ one.invoices().get(0).number() + " of " + payer.customerId() + "'s open invoices fits",
							suggestions);
		}
		if (choice instanceof Fits.Choice.Alike alike) {
			return alike(payment, payer, alike.singles(), base, suggestions);
		}
		if (choice instanceof Fits.Choice.Competing competing) {
			return refer(payment, payer, competing.candidates(), competing.why(), suggestions);
		}
		if (choice instanceof Fits.Choice.Unproven unproven) {
			return refer(payment, payer, unproven.candidates(), unproven.why(), suggestions);
		}
		return otherCurrency(payment, payer, open, suggestions);
	}

	/** Several invoices fit alike: the oldest when the policy says so, else a person. */
	private Optional<MatchDecision> alike(Payment payment, Payer payer, List<Fits.Single> fitting, double base,
			Suggestions suggestions) {
		List<Invoice> invoices = fitting.stream().map(Fits.Single::invoice).toList();
		if (this.properties.ambiguityPolicy() == AmbiguityPolicy.OLDEST_FIRST) {
			return post(payment, payer, "payer_amount_oldest_first", fitting.get(0).fit(), List.of(invoices.get(0)),
					0.82 + base,
					fitting.size() + " of " + payer.customerId() + "'s open invoices fit, policy: oldest first",
					suggestions);
		}
		suggestions.addAll(invoices, 0.7, payer.evidence() + ", fits the amount");
		return Optional
			.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS, invoices.size() + " open invoices of "
					+ payer.customerId() + " fit " + payment.amount() + " (" + payer.evidence() + ")", suggestions));
	}

	private Optional<MatchDecision> refer(Payment payment, Payer payer, List<Invoice> candidates, String why,
			Suggestions suggestions) {
		suggestions.addAll(candidates, 0.7, payer.evidence() + ", fits the amount");
		return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
				"of " + payer.customerId() + "'s open invoices, " + why + " (" + payer.evidence() + ")", suggestions));
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
