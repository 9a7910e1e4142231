package io.cashpost.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.matching.References.Hit;
import io.cashpost.money.Money;

/**
 * Decides a payment that names invoices. The amount must fit what is named; a partial
 * payment or an overpayment needs a clear reference. Anything not clearly best is
 * referred with suggestions. A payment naming invoices only weakly (a shortened number, a
 * typing slip) whose amount does not fit is left to the payer rules.
 */
final class ReferenceDecision {

	private final AmountFit amounts;

	private final Decisions decisions;

	private final MatchingProperties properties;

	private final OpenItemIndex index;

	ReferenceDecision(AmountFit amounts, Decisions decisions, MatchingProperties properties, OpenItemIndex index) {
		this.amounts = amounts;
		this.decisions = decisions;
		this.properties = properties;
		this.index = index;
	}

	Optional<MatchDecision> decide(Payment payment, References references, Payer payer) {
		Money paid = payment.amount();
		Suggestions suggestions = suggestions(paid, references);
		if (references.hits().isEmpty()) {
			return Optional.of(namedElsewhere(payment, references, suggestions));
		}
		List<Hit> sameCurrency = references.hits()
			.stream()
			.filter((hit) -> hit.item().invoice().amount().currency().equals(paid.currency()))
			.toList();
		if (sameCurrency.isEmpty()) {
			Invoice other = references.hits().get(0).item().invoice();
			return Optional
				.of(this.decisions.refer(
						payment, ExceptionReason.CURRENCY_MISMATCH, "paid in " + paid.currency() + ", " + other.number()
								+ " is in " + other.amount().currency() + " (" + references.evidence() + ")",
						suggestions));
		}
		List<Hit> open = sameCurrency.stream().filter((hit) -> hit.item().isOpen()).toList();
		if (open.isEmpty()) {
			return Optional.of(this.decisions.refer(payment, ExceptionReason.INVOICE_SETTLED,
					hitNumbers(sameCurrency) + " already settled (" + references.evidence() + ")", suggestions));
		}
		Map<String, List<Hit>> byCustomer = open.stream()
			.collect(Collectors.groupingBy((hit) -> hit.item().customerId(), LinkedHashMap::new, Collectors.toList()));
		if (byCustomer.size() > 1 && payer.isKnown() && byCustomer.containsKey(payer.customerId())) {
			return forOneCustomer(payment, byCustomer.get(payer.customerId()), references, payer, suggestions);
		}
		if (byCustomer.size() > 1) {
			return severalCustomers(payment, open, references, payer, suggestions);
		}
		return forOneCustomer(payment, open, references, payer, suggestions);
	}

	private Optional<MatchDecision> forOneCustomer(Payment payment, List<Hit> hits, References references, Payer payer,
			Suggestions suggestions) {
		Money paid = payment.amount();
		List<Invoice> invoices = hits.stream()
			.map(Hit::item)
			.sorted(OpenItem.OLDEST_FIRST)
			.map(OpenItem::invoice)
			.toList();
		String customerId = invoices.get(0).customerId();
		Strength strength = References.weakestOf(hits);
		double base = strength.confidence() + payerAdjustment(payer, customerId, strength);
		String evidence = references.evidence() + "; " + payer.evidence();
		Optional<MatchDecision> conflict = payerConflict(payment, payer, customerId, strength, evidence, suggestions);
		if (conflict.isPresent()) {
			return conflict;
		}
		Optional<Fit> settling = this.amounts.settling(invoices, paid, payment.valueDate());
		if (settling.isPresent()) {
			Optional<MatchDecision> exactElsewhere = exactElsewhere(payment, invoices, settling.get(), strength,
					references, suggestions);
			if (exactElsewhere.isPresent()) {
				return exactElsewhere;
			}
			String rule = references.rule() + ((invoices.size() > 1) ? "_sum" : "");
			return post(payment, rule, settling.get(), invoices, base, evidence, suggestions);
		}
		if (invoices.size() > 1) {
			Optional<MatchDecision> part = partOfTheNamed(payment, invoices, references, base, evidence, suggestions);
			if (part.isPresent()) {
				return part;
			}
		}
		boolean clear = strength == Strength.STRUCTURED
				|| (strength == Strength.TEXT && customerId.equals(payer.customerId()));
		if (clear) {
			List<Invoice> elsewhere = fitsExactlyElsewhere(paid, invoices);
			if (!elsewhere.isEmpty()) {
				suggestions.addAll(elsewhere, 0.8, "open for exactly the amount paid");
				return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
						numbers(invoices) + " is named, but " + numbers(elsewhere)
								+ " of the same customer or one character off is open" + " for exactly " + paid + " ("
								+ references.evidence() + ")",
						suggestions));
			}
			Optional<Fit> unsettling = this.amounts.unsettling(invoices, paid, payment.valueDate());
			if (unsettling.isEmpty() && this.properties.ambiguityPolicy() == AmbiguityPolicy.OLDEST_FIRST) {
				unsettling = this.amounts.oldestFirst(invoices, paid);
			}
			if (unsettling.isPresent()) {
				return post(payment, references.rule(), unsettling.get(), invoices, base, evidence, suggestions);
			}
		}
		if (!strength.isClear()) {
			return Optional.empty();
		}
		String why = clear ? ""
				: "; a number in free text is not enough for a partial payment unless the payer is known as "
						+ customerId;
		return Optional.of(this.decisions.refer(payment, ExceptionReason.AMOUNT_MISMATCH, numbers(invoices) + " open "
				+ AmountFit.openSum(invoices, paid) + ", paid " + paid + " (" + references.evidence() + ")" + why,
				suggestions));
	}

	/**
	 * Several invoices are named and together they do not fit: one of them alone, or a
	 * unique combination of them, may, when it is clearly the payer's ({@link Fits}).
	 */
	private Optional<MatchDecision> partOfTheNamed(Payment payment, List<Invoice> invoices, References references,
			double base, String evidence, Suggestions suggestions) {
		Money paid = payment.amount();
		Fits.Choice choice = Fits
			.of(invoices, paid, payment.valueDate(), this.amounts, this.properties.subsetSum(), invoices.size() - 1)
			.choice();
		if (choice instanceof Fits.Choice.One one) {
			return one.combination()
					? post(payment, references.rule() + "_subset", one.fit(), one.invoices(), base - 0.08,
							evidence + "; of those named, only " + numbers(one.invoices()) + " add up to " + paid,
							suggestions)
					: post(payment, references.rule() + "_one_of_several", one.fit(), one.invoices(), base - 0.05,
							evidence + "; only " + one.invoices().get(0).number() + " of those named fits the amount",
							suggestions);
		}
		if (choice instanceof Fits.Choice.Alike alike) {
			Fits.Single oldest = alike.singles().get(0);
			if (this.properties.ambiguityPolicy() == AmbiguityPolicy.OLDEST_FIRST
					&& oldest.fit().kind() == Fit.Kind.FULL) {
				return post(payment, references.rule() + "_oldest_first", oldest.fit(), oldest.invoices(), base - 0.05,
						evidence + "; only " + oldest.invoice().number() + " of those named fits the amount",
						suggestions);
			}
			List<Invoice> fitting = alike.singles().stream().map(Fits.Single::invoice).toList();
			return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
					numbers(fitting) + " each fit " + paid + " (" + references.evidence() + ")", suggestions));
		}
		if (choice instanceof Fits.Choice.Competing competing) {
			return ambiguous(payment, competing.candidates(), competing.why(), references, suggestions);
		}
		if (choice instanceof Fits.Choice.Unproven unproven) {
			return ambiguous(payment, unproven.candidates(), unproven.why(), references, suggestions);
		}
		return Optional.empty();
	}

	private Optional<MatchDecision> ambiguous(Payment payment, List<Invoice> candidates, String why,
			References references, Suggestions suggestions) {
		suggestions.addAll(candidates, 0.8, references.evidence() + ", fits the amount");
		return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
				"of the invoices named, " + why + " (" + references.evidence() + ")", suggestions));
	}

	private Optional<MatchDecision> severalCustomers(Payment payment, List<Hit> open, References references,
			Payer payer, Suggestions suggestions) {
		List<Hit> fitting = open.stream()
			.filter((hit) -> this.amounts.settling(List.of(hit.item().invoice()), payment.amount(), payment.valueDate())
				.isPresent())
			.toList();
		if (fitting.size() == 1) {
			return forOneCustomer(payment, fitting, references, payer, suggestions);
		}
		if (fitting.isEmpty() && !References.weakestOf(open).isClear()) {
			return Optional.empty();
		}
		ExceptionReason reason = fitting.isEmpty() ? ExceptionReason.AMOUNT_MISMATCH : ExceptionReason.AMBIGUOUS;
		return Optional.of(this.decisions.refer(payment, reason,
				hitNumbers(open) + " of " + open.stream().map((hit) -> hit.item().customerId()).distinct().count()
						+ " customers are named, paid " + payment.amount() + " (" + references.evidence() + ")",
				suggestions));
	}

	/**
	 * A payer known by account who names another customer's invoice while one of its own
	 * is open for exactly the amount: which is meant is a person's call.
	 */
	private Optional<MatchDecision> payerConflict(Payment payment, Payer payer, String customerId, Strength strength,
			String evidence, Suggestions suggestions) {
		if (strength == Strength.STRUCTURED || !payer.byAccount() || !payer.isOtherThan(customerId)) {
			return Optional.empty();
		}
		List<Invoice> own = this.index.openOf(payer.customerId())
			.stream()
			.map(OpenItem::invoice)
			.filter((invoice) -> invoice.openAmount().isSameAs(payment.amount()))
			.toList();
		if (own.isEmpty()) {
			return Optional.empty();
		}
		suggestions.addAll(own, 0.7, payer.evidence() + ", open for exactly the amount");
		return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS, "names an invoice of " + customerId
				+ ", but the payer's own " + numbers(own) + " is open for exactly the amount (" + evidence + ")",
				suggestions));
	}

	/**
	 * A fit with a discount or within tolerance never beats an exact fit: unless the
	 * reference is structured, an invoice of the same customer (or one whose number is
	 * one slip away from a named one) open for exactly the amount makes it a person's
	 * call.
	 */
	private Optional<MatchDecision> exactElsewhere(Payment payment, List<Invoice> invoices, Fit fit, Strength strength,
			References references, Suggestions suggestions) {
		if (fit.kind() == Fit.Kind.FULL || strength == Strength.STRUCTURED) {
			return Optional.empty();
		}
		List<Invoice> elsewhere = fitsExactlyElsewhere(payment.amount(), invoices);
		if (elsewhere.isEmpty()) {
			return Optional.empty();
		}
		suggestions.addAll(elsewhere, 0.8, "open for exactly the amount paid");
		return Optional.of(this.decisions.refer(payment, ExceptionReason.AMBIGUOUS,
				numbers(invoices) + " is named and fits "
						+ ((fit.kind() == Fit.Kind.DISCOUNT) ? "less its early-payment discount"
								: "within the write-off tolerance")
						+ ", but " + numbers(elsewhere) + " of the same customer or one character off is open"
						+ " for exactly " + payment.amount() + " (" + references.evidence() + ")",
				suggestions));
	}

	/**
	 * Before a partial or over payment is posted against the invoices named: is another
	 * invoice of the customer, or one whose number is one slip away from a named one,
	 * open for exactly the amount? Then the payer most likely meant that one.
	 */
	private List<Invoice> fitsExactlyElsewhere(Money paid, List<Invoice> named) {
		List<Invoice> elsewhere = new ArrayList<>();
		for (OpenItem item : this.index.withOpenAmount(paid)) {
			Invoice candidate = item.invoice();
			boolean isNamed = named.stream().anyMatch((invoice) -> invoice.id() == candidate.id());
			boolean sameCustomer = candidate.customerId().equals(named.get(0).customerId());
			String key = InvoiceKeys.of(candidate.number());
			boolean oneOff = named.stream()
				.anyMatch((invoice) -> EditDistance.withinOne(InvoiceKeys.of(invoice.number()), key));
			if (!isNamed && (sameCustomer || oneOff)) {
				elsewhere.add(candidate);
			}
		}
		return elsewhere;
	}

	private Optional<MatchDecision> post(Payment payment, String rule, Fit fit, List<Invoice> invoices, double base,
			String evidence, Suggestions suggestions) {
		Proposal proposal = new Proposal(rule, fit, invoices, invoices.get(0).customerId(), base - fit.kind().penalty(),
				evidence);
		return Optional.of(this.decisions.post(payment, proposal, suggestions));
	}

	private MatchDecision namedElsewhere(Payment payment, References references, Suggestions suggestions) {
		List<Invoice> named = references.elsewhere();
		List<Invoice> sameCurrency = named.stream()
			.filter((invoice) -> invoice.amount().currency().equals(payment.amount().currency()))
			.toList();
		if (sameCurrency.isEmpty()) {
			return this.decisions.refer(payment, ExceptionReason.CURRENCY_MISMATCH,
					"paid in " + payment.amount().currency() + ", " + named.get(0).number() + " is in "
							+ named.get(0).amount().currency() + " (" + references.evidence() + ")",
					suggestions);
		}
		if (sameCurrency.stream().noneMatch(Invoice::isOpen)) {
			return this.decisions.refer(payment, ExceptionReason.INVOICE_SETTLED,
					numbers(sameCurrency) + " already settled (" + references.evidence() + ")", suggestions);
		}
		return this.decisions.refer(payment, ExceptionReason.NO_CANDIDATE,
				numbers(sameCurrency) + " arrived after this matching run began (" + references.evidence() + ")",
				suggestions);
	}

	/**
	 * Structured references are trusted whoever pays; a number in free text less so when
	 * the payer is known to be someone else.
	 */
	static double payerAdjustment(Payer payer, String customerId, Strength strength) {
		if (payer.isKnown() && payer.customerId().equals(customerId)) {
			return 0.02;
		}
		if (payer.isOtherThan(customerId)) {
			return (strength == Strength.STRUCTURED) ? -0.03 : -0.10;
		}
		return 0;
	}

	private static Suggestions suggestions(Money paid, References references) {
		Suggestions suggestions = new Suggestions(paid);
		for (Hit hit : references.hits()) {
			suggestions.add(hit.item().invoice(), hit.strength().confidence() * 0.9, references.evidence());
		}
		suggestions.addAll(references.elsewhere(), 0.5, references.evidence());
		return suggestions;
	}

	private static String numbers(List<Invoice> invoices) {
		return invoices.stream().map(Invoice::number).collect(Collectors.joining(", "));
	}

	private static String hitNumbers(List<Hit> hits) {
		return hits.stream().map((hit) -> hit.item().invoice().number()).collect(Collectors.joining(", "));
	}

}
