package io.cashpost.matching;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.matching.CustomerNameIndex.NameMatch;
import io.cashpost.matching.References.Hit;
import io.cashpost.money.Money;

/**
 * Decides a payment that names no invoice usably: by the payer's open invoices when the
 * payer is known, else it is referred, as ambiguous when several customers' invoices are
 * open for exactly the amount.
 */
final class UnreferencedDecision {

	private final OpenItemIndex index;

	private final PayerDirectory payers;

	private final PayerDecision payerRules;

	private final Decisions decisions;

	UnreferencedDecision(OpenItemIndex index, PayerDirectory payers, PayerDecision payerRules, Decisions decisions) {
		this.index = index;
		this.payers = payers;
		this.payerRules = payerRules;
		this.decisions = decisions;
	}

	/**
	 * @param weak invoices named too weakly to decide on (their amount did not fit), or
	 * none
	 */
	MatchDecision decide(Payment payment, References weak, Payer payer) {
		Money paid = payment.amount();
		Suggestions suggestions = new Suggestions(paid);
		for (Hit hit : weak.hits()) {
			suggestions.add(hit.item().invoice(), 0.6, weak.evidence());
		}
		if (payer.isKnown()) {
			Optional<MatchDecision> decision = this.payerRules.decide(payment, payer, suggestions);
			if (decision.isPresent()) {
				return decision.get();
			}
			return weak.isEmpty()
					? this.decisions.refer(payment, ExceptionReason.NO_CANDIDATE,
							payer.evidence() + ", but nothing names an invoice and no open invoice of "
									+ payer.customerId() + " fits " + paid,
							suggestions)
					: this.decisions.refer(payment, ExceptionReason.AMOUNT_MISMATCH,
							weak.evidence() + ", but the amount " + paid + " does not confirm it; " + payer.evidence(),
							suggestions);
		}
		return unknownPayer(payment, weak, payer, suggestions);
	}

	private MatchDecision unknownPayer(Payment payment, References weak, Payer payer, Suggestions suggestions) {
		Money paid = payment.amount();
		List<Invoice> exact = this.index.withOpenAmount(paid).stream().map(OpenItem::invoice).toList();
		suggestions.addAll(exact, 0.5, "open for exactly the amount paid");
		for (NameMatch lookalike : this.payers.lookalikes(payment.debtorName())) {
			suggestions.addAll(this.index.openOf(lookalike.customerId()).stream().map(OpenItem::invoice).toList(),
					0.45 * lookalike.score(), "payer name resembles \"" + lookalike.name() + "\"");
		}
		if (exact.size() > 1 && weak.isEmpty()) {
			long customers = exact.stream().map(Invoice::customerId).distinct().count();
			return this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
					exact.size() + " invoices of " + customers + " customers are open for exactly " + paid + " ("
							+ exact.stream().limit(5).map(Invoice::number).collect(Collectors.joining(", "))
							+ "); nothing names one and " + payer.evidence(),
					suggestions);
		}
		if (!weak.isEmpty()) {
			return this.decisions.refer(payment, ExceptionReason.AMOUNT_MISMATCH,
					weak.evidence() + ", but the amount " + paid + " does not confirm it; " + payer.evidence(),
					suggestions);
		}
		return this.decisions.refer(payment, ExceptionReason.UNKNOWN_PAYER,
				"nothing names an invoice and " + payer.evidence(), suggestions);
	}

}
