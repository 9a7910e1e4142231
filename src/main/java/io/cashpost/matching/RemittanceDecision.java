package io.cashpost.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.RemittanceClaims.CreditNoteClaim;
import io.cashpost.matching.RemittanceClaims.InvoiceClaim;
import io.cashpost.money.Money;

/**
 * Decides a payment whose structured remittance says per document what it pays: each
 * invoice gets what the payer remits for it, credit notes netted off are used up, and a
 * line short of what is open is a deduction, written off within the tolerance, else left
 * open with its reason for collectors. It posts only when the lines add up to the amount
 * received to the cent and every line names an open invoice (or credit note) of one
 * customer; otherwise the payment is referred with the lines as suggestions.
 */
final class RemittanceDecision {

	static final String RULE = "remittance_lines";

	static final String DEDUCTION = "deduction";

	private final OpenItemIndex index;

	private final CreditNotes creditNotes;

	private final MatchingProperties properties;

	private final DeductionProperties deductions;

	RemittanceDecision(OpenItemIndex index, CreditNotes creditNotes, MatchingProperties properties,
			DeductionProperties deductions) {
		this.index = index;
		this.creditNotes = creditNotes;
		this.properties = properties;
		this.deductions = deductions;
	}

	/**
	 * The decision, or empty when the remittance does not say per document what is paid.
	 */
	Optional<MatchDecision> decide(Payment payment, Payer payer) {
		Optional<RemittanceClaims> found = RemittanceClaims.of(payment.remittance().lines());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RemittanceClaims claims = found.get();
		Money paid = payment.amount();
		Lines lines = new Lines(claims);
		if (!claims.allIn(paid)) {
			return Optional.of(lines.refer(payment, ExceptionReason.REMITTANCE_MISMATCH,
					"the remittance lines are not all in " + paid.currency() + ", the currency paid"));
		}
		Money total = claims.total(paid);
		if (!total.isSameAs(paid)) {
			return Optional.of(lines.refer(payment, ExceptionReason.REMITTANCE_MISMATCH,
					"the remittance's " + claims.invoices().size() + " invoice lines"
							+ (claims.creditNotes().isEmpty() ? ""
									: " less " + claims.creditNotes().size() + " credit notes")
							+ " add up to " + shown(total) + ", received " + shown(paid)));
		}
		Optional<String> unmatched = lines.resolve(paid);
		if (unmatched.isPresent()) {
			return Optional.of(lines.refer(payment, ExceptionReason.REMITTANCE_UNMATCHED, unmatched.get()));
		}
		return Optional.of(lines.post(payment, payer));
	}

	/** The payment's lines as they resolve to open invoices and credit notes. */
	private final class Lines {

		private final RemittanceClaims claims;

		private final List<Invoice> invoices = new ArrayList<>();

		private final List<Invoice> credits = new ArrayList<>();

		Lines(RemittanceClaims claims) {
			this.claims = claims;
		}

		/**
		 * Finds each line's open invoice or credit note.
		 * @return why a line does not name one of the customer's, or empty when all do
		 */
		Optional<String> resolve(Money paid) {
			Set<Long> seen = new HashSet<>();
			for (InvoiceClaim claim : this.claims.invoices()) {
				List<Invoice> found = RemittanceDecision.this.index.byKey(InvoiceKeys.of(claim.number()))
					.stream()
					.map(OpenItem::invoice)
					.filter((invoice) -> invoice.amount().currency().equals(paid.currency()))
					.toList();
				if (found.size() != 1) {
					return Optional.of(claim.number() + ((found.isEmpty()) ? " is no open invoice in " + paid.currency()
							: " names " + found.size() + " invoices"));
				}
				Invoice invoice = found.get(0);
				Optional<String> problem = problem(claim, invoice, seen);
				if (problem.isPresent()) {
					return problem;
				}
				this.invoices.add(invoice);
			}
			for (CreditNoteClaim claim : this.claims.creditNotes()) {
				Optional<String> problem = creditNote(claim, paid, seen);
				if (problem.isPresent()) {
					return problem;
				}
			}
			return Optional.empty();
		}

		private Optional<String> problem(InvoiceClaim claim, Invoice invoice, Set<Long> seen) {
			if (!invoice.isOpen()) {
				return Optional.of(invoice.number() + " is already settled");
			}
			if (!seen.add(invoice.id())) {
				return Optional.of(invoice.number() + " is named twice");
			}
			if (!this.invoices.isEmpty() && !invoice.customerId().equals(this.invoices.get(0).customerId())) {
				return Optional.of(invoice.number() + " is of " + invoice.customerId() + ", "
						+ this.invoices.get(0).number() + " of " + this.invoices.get(0).customerId());
			}
			if (claim.remitted().compareTo(invoice.openAmount()) > 0) {
				return Optional.of(invoice.number() + " has " + shown(invoice.openAmount()) + " open, the line remits "
						+ shown(claim.remitted()));
			}
			return Optional.empty();
		}

		private Optional<String> creditNote(CreditNoteClaim claim, Money paid, Set<Long> seen) {
			String customerId = this.invoices.get(0).customerId();
			List<Invoice> found = RemittanceDecision.this.creditNotes.byNumber(claim.number())
				.stream()
				.filter((note) -> note.amount().currency().equals(paid.currency()))
				.filter((note) -> note.customerId().equals(customerId))
				.toList();
			if (found.size() != 1) {
				return Optional.of("credit note " + claim.number() + " is no open credit note of " + customerId);
			}
			Invoice note = found.get(0);
			Money available = RemittanceDecision.this.creditNotes.available(note);
			if (!seen.add(note.id())) {
				return Optional.of("credit note " + note.number() + " is named twice");
			}
			if (available.compareTo(claim.amount()) < 0) {
				return Optional.of("credit note " + note.number() + " has " + shown(available) + " left, the line uses "
						+ shown(claim.amount()));
			}
			this.credits.add(note);
			return Optional.empty();
		}

		MatchDecision post(Payment payment, Payer payer) {
			String customerId = this.invoices.get(0).customerId();
			Money credit = Money.zero(payment.amount().currency());
			List<CreditNoteUse> uses = new ArrayList<>();
			for (int i = 0; i < this.credits.size(); i++) {
				Invoice note = this.credits.get(i);
				Money used = this.claims.creditNotes().get(i).amount();
				uses.add(new CreditNoteUse(note.id(), note.number(), customerId, used));
				credit = credit.plus(used);
			}
			List<ProposedAllocation> allocations = new ArrayList<>();
			List<String> notes = new ArrayList<>();
			for (int i = 0; i < this.invoices.size(); i++) {
				Invoice invoice = this.invoices.get(i);
				InvoiceClaim claim = this.claims.invoices().get(i);
				Money fromCredit = min(credit, claim.remitted());
				credit = credit.minus(fromCredit);
				allocations.add(allocation(invoice, claim, fromCredit, payment, notes));
			}
			double confidence = confidence(payer, customerId, allocations);
			String evidence = "remittance lines name " + this.invoices.size() + " open invoices of " + customerId
					+ (uses.isEmpty() ? ""
							: " and credit " + ((uses.size() == 1) ? "note " : "notes ")
									+ uses.stream().map(CreditNoteUse::number).collect(Collectors.joining(", ")))
					+ ", adding up to " + shown(payment.amount()) + "; " + payer.evidence()
					+ (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
			if (confidence < RemittanceDecision.this.properties.minConfidence()) {
				return refer(payment, ExceptionReason.LOW_CONFIDENCE,
						RULE + " at confidence " + Decisions.format(confidence) + ", below "
								+ Decisions.format(RemittanceDecision.this.properties.minConfidence()) + " (" + evidence
								+ ")");
			}
			return new AutoPost(payment, allocations, Money.zero(payment.amount().currency()), null, RULE, confidence,
					evidence, uses);
		}

		/**
		 * The invoice gets what the line remits; what is left open is a discount, a
		 * write-off within tolerance, or a deduction with its reason.
		 */
		private ProposedAllocation allocation(Invoice invoice, InvoiceClaim claim, Money fromCredit, Payment payment,
				List<String> notes) {
			Money remitted = claim.remitted();
			Money cash = remitted.minus(fromCredit);
			Money zero = Money.zero(remitted.currency());
			Money shortBy = invoice.openAmount().minus(remitted);
			if (shortBy.isZero()) {
				return new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), cash, zero, zero,
						null, fromCredit, null, null, null);
			}
			Money discount = Amounts.discountOn(invoice, payment.valueDate());
			if (!discount.isZero() && shortBy.isSameAs(discount)) {
				notes.add(invoice.number() + " less its early-payment discount " + shown(discount));
				return new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), cash, shortBy, zero,
						Fit.EARLY_PAYMENT_DISCOUNT, fromCredit, null, null, null);
			}
			MatchingProperties.WriteOff writeOff = RemittanceDecision.this.properties.writeOff();
			if (shortBy.amount()
				.compareTo(writeOff.allowedOn(invoice.openAmount().amount(), remitted.currency())) <= 0) {
				notes.add(invoice.number() + " short by " + shown(shortBy)
						+ ", within the write-off tolerance: written off as " + writeOff.reasonCode());
				return new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), cash, zero, shortBy,
						writeOff.reasonCode(), fromCredit, null, null, null);
			}
			String reason = reason(claim);
			notes.add(invoice.number() + " short by " + shown(shortBy) + " (" + reason + "), left open as a deduction");
			return new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), cash, zero, zero,
					DEDUCTION, fromCredit, shortBy, reason, claim.text().isBlank() ? null : claim.text());
		}

		/** The payer's reason code, else a reason its text names, else unexplained. */
		private String reason(InvoiceClaim claim) {
			String code = claim.reasonCode();
			if (code != null) {
				return code.strip();
			}
			return RemittanceDecision.this.deductions.reasonIn(claim.text())
				.orElse(RemittanceDecision.this.deductions.unexplained());
		}

		private double confidence(Payer payer, String customerId, List<ProposedAllocation> allocations) {
			double confidence = Strength.STRUCTURED.confidence()
					+ ReferenceDecision.payerAdjustment(payer, customerId, Strength.STRUCTURED);
			if (allocations.stream().anyMatch(ProposedAllocation::hasDeduction)) {
				confidence -= Fit.Kind.PARTIAL.penalty();
			}
			else if (allocations.stream().anyMatch((allocation) -> !allocation.writeOff().isZero())) {
				confidence -= Fit.Kind.WRITE_OFF.penalty();
			}
			return Decisions.round(Math.min(1.0, confidence));
		}

		/** Referred with every line as a suggestion: they are what the payer says. */
		Refer refer(Payment payment, ExceptionReason reason, String detail) {
			List<Suggestion> suggestions = new ArrayList<>();
			for (InvoiceClaim claim : this.claims.invoices()) {
				List<OpenItem> found = RemittanceDecision.this.index.byKey(InvoiceKeys.of(claim.number()));
				Invoice invoice = (found.size() == 1) ? found.get(0).invoice() : null;
				boolean open = invoice != null && invoice.isOpen();
				suggestions.add(new Suggestion(claim.number(), (invoice != null) ? invoice.customerId() : null,
						open ? invoice.openAmount() : claim.remitted(), open ? 0.9 : 0.3,
						"remittance line remits " + shown(claim.remitted())
								+ (open ? "" : (invoice == null) ? "; no such open invoice" : "; already settled")));
			}
			for (CreditNoteClaim claim : this.claims.creditNotes()) {
				List<Invoice> found = RemittanceDecision.this.creditNotes.byNumber(claim.number());
				suggestions.add(new Suggestion(claim.number(), (found.size() == 1) ? found.get(0).customerId() : null,
						claim.amount(), (found.size() == 1) ? 0.6 : 0.2, "credit note netted off: "
								+ shown(claim.amount()) + ((found.size() == 1) ? "" : "; no such open credit note")));
			}
			return new Refer(payment, reason, detail, suggestions);
		}

	}

	/** An amount in its currency's decimals, as people write it. */
	private static Money shown(Money amount) {
		return new Money(amount.inCurrencyScale(), amount.currency());
	}

	private static Money min(Money a, Money b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
