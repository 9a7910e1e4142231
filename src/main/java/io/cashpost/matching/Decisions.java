package io.cashpost.matching;

import java.util.Locale;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.money.Money;

/**
 * Turns a rule's proposal into a decision: posted when its confidence reaches the
 * threshold, else referred with the proposal as the first suggestion.
 */
final class Decisions {

	private final MatchingProperties properties;

	Decisions(MatchingProperties properties) {
		this.properties = properties;
	}

	MatchDecision post(Payment payment, Proposal proposal, Suggestions suggestions) {
		double confidence = round(Math.min(1.0, proposal.confidence()));
		String evidence = proposal.evidence() + "; " + proposal.fit().detail();
		if (confidence < this.properties.minConfidence()) {
			suggestions.addAll(proposal.invoices(), Math.max(confidence, 0.5),
					proposal.rule() + " at confidence " + format(confidence) + ": " + evidence);
			return refer(payment, ExceptionReason.LOW_CONFIDENCE,
					proposal.rule() + " proposes " + numbers(proposal) + " at confidence " + format(confidence)
							+ ", below " + format(this.properties.minConfidence()) + " (" + evidence + ")",
					suggestions);
		}
		Money onAccount = proposal.fit().onAccount();
		return new AutoPost(payment, proposal.fit().allocations(), onAccount,
				onAccount.isZero() ? null : proposal.customerId(), proposal.rule(), confidence, evidence);
	}

	Refer refer(Payment payment, ExceptionReason reason, String detail, Suggestions suggestions) {
		return new Refer(payment, reason, detail, suggestions.top(this.properties.maxSuggestions()));
	}

	private static String numbers(Proposal proposal) {
		return String.join(", ", proposal.fit().allocations().stream().map(ProposedAllocation::invoiceNumber).toList());
	}

	static double round(double confidence) {
		return Math.round(confidence * 100) / 100.0;
	}

	static String format(double confidence) {
		return String.format(Locale.ROOT, "%.2f", confidence);
	}

}
