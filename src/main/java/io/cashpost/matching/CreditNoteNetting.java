package io.cashpost.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.References.Hit;
import io.cashpost.money.Money;

/**
 * Payments of invoices net of the customer's credit notes, when the payer sends no
 * structured amounts per document: the credit notes named in the text or as referred
 * documents beside the invoices, or, for a known payer naming nothing, the one invoice
 * that less one of its credit notes makes the amount exactly. The credit notes are used
 * up whole, in the payment's entry. Only an exact fit posts: a named credit note that
 * does not make the amount fit is a person's call.
 */
final class CreditNoteNetting {

	static final String NAMED = "credit_note_named";

	static final String COMBINATION = "credit_note_combination";

	private final OpenItemIndex index;

	private final CreditNotes creditNotes;

	private final MatchingProperties properties;

	CreditNoteNetting(OpenItemIndex index, CreditNotes creditNotes, MatchingProperties properties) {
		this.index = index;
		this.creditNotes = creditNotes;
		this.properties = properties;
	}

	/**
	 * The invoices the payment names clearly, less the credit notes it names: posted when
	 * they make the amount exactly, else referred; empty when it names no credit note.
	 */
	Optional<MatchDecision> named(Payment payment, References references, Payer payer) {
		if (this.creditNotes.isEmpty()) {
			return Optional.empty();
		}
		Money paid = payment.amount();
		List<Invoice> notes = namedCreditNotes(payment).stream()
			.filter((note) -> note.amount().currency().equals(paid.currency()))
			.toList();
		List<Hit> clear = references.hits()
			.stream()
			.filter((hit) -> hit.strength().isClear() && hit.item().isOpen())
			.filter((hit) -> hit.item().invoice().amount().currency().equals(paid.currency()))
			.toList();
		if (notes.isEmpty() || clear.isEmpty()) {
			return Optional.empty();
		}
		List<Invoice> invoices = clear.stream()
			.map(Hit::item)
			.sorted(OpenItem.OLDEST_FIRST)
			.map(OpenItem::invoice)
			.toList();
		String customerId = invoices.get(0).customerId();
		Money due = sum(invoices.stream().map(Invoice::openAmount).toList(), paid);
		Money credit = sum(notes.stream().map(this.creditNotes::available).toList(), paid);
		String evidence = references.evidence() + ", less credit " + ((notes.size() == 1) ? "note " : "notes ")
				+ numbers(notes);
		boolean oneCustomer = invoices.stream().allMatch((invoice) -> invoice.customerId().equals(customerId))
				&& notes.stream().allMatch((note) -> note.customerId().equals(customerId));
		if (!oneCustomer || !due.minus(credit).isSameAs(paid) || credit.isZero()) {
			return Optional.of(refer(payment, ExceptionReason.AMOUNT_MISMATCH, invoices, notes,
					numbers(invoices) + " open " + shown(due) + " less credit " + shown(credit) + " left on "
							+ numbers(notes) + (oneCustomer ? "" : " (not all of one customer)") + " is "
							+ shown(due.minus(credit)) + ", paid " + shown(paid) + " (" + evidence + ")"));
		}
		double confidence = Decisions.round(Math.min(1.0, References.weakestOf(clear).confidence()
				+ ReferenceDecision.payerAdjustment(payer, customerId, References.weakestOf(clear))));
		return Optional.of(post(payment, NAMED, invoices, notes, confidence,
				evidence + ", adding up to " + shown(paid) + "; " + payer.evidence()));
	}

	/**
	 * A known payer naming nothing, whose amount no open invoice fits: the one open
	 * invoice of the customer that, less one of its credit notes, makes the amount
	 * exactly.
	 */
	Optional<MatchDecision> combination(Payment payment, Payer payer) {
		if (!payer.isKnown() || this.creditNotes.ofCustomer(payer.customerId()).isEmpty()) {
			return Optional.empty();
		}
		Money paid = payment.amount();
		List<Invoice[]> fits = new ArrayList<>();
		for (OpenItem item : this.index.openOf(payer.customerId())) {
			Invoice invoice = item.invoice();
			for (Invoice note : this.creditNotes.ofCustomer(payer.customerId())) {
				Money credit = this.creditNotes.available(note);
				if (invoice.openAmount().currency().equals(paid.currency()) && !credit.isZero()
						&& credit.currency().equals(paid.currency())
						&& invoice.openAmount().minus(credit).isSameAs(paid)) {
					fits.add(new Invoice[] { invoice, note });
				}
			}
		}
		if (fits.isEmpty()) {
			return Optional.empty();
		}
		if (fits.size() > 1) {
			List<Invoice> invoices = fits.stream().map((fit) -> fit[0]).distinct().toList();
			List<Invoice> notes = fits.stream().map((fit) -> fit[1]).distinct().toList();
			return Optional.of(refer(payment, ExceptionReason.AMBIGUOUS, invoices, notes,
					fits.size() + " pairs of an open invoice of " + payer.customerId()
							+ " less one of its credit notes make " + shown(paid) + "; " + payer.evidence()));
		}
		Invoice invoice = fits.get(0)[0];
		Invoice note = fits.get(0)[1];
		double confidence = payer.byAccount() ? 0.9 : 0.85;
		return Optional.of(post(payment, COMBINATION, List.of(invoice), List.of(note), confidence,
				payer.evidence() + "; nothing named, " + invoice.number() + " open " + shown(invoice.openAmount())
						+ " less credit note " + note.number() + " (" + shown(this.creditNotes.available(note))
						+ ") is exactly the amount, and no other pair is"));
	}

	private MatchDecision post(Payment payment, String rule, List<Invoice> invoices, List<Invoice> notes,
			double confidence, String evidence) {
		Money zero = Money.zero(payment.amount().currency());
		List<CreditNoteUse> uses = new ArrayList<>();
		Money credit = zero;
		for (Invoice note : notes) {
			Money used = this.creditNotes.available(note);
			uses.add(new CreditNoteUse(note.id(), note.number(), note.customerId(), used));
			credit = credit.plus(used);
		}
		List<ProposedAllocation> allocations = new ArrayList<>();
		for (Invoice invoice : invoices) {
			Money fromCredit = (credit.compareTo(invoice.openAmount()) <= 0) ? credit : invoice.openAmount();
			credit = credit.minus(fromCredit);
			allocations.add(new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(),
					invoice.openAmount().minus(fromCredit), zero, zero, null, fromCredit, null, null, null));
		}
		if (confidence < this.properties.minConfidence()) {
			return refer(payment, ExceptionReason.LOW_CONFIDENCE, invoices, notes,
					rule + " at confidence " + Decisions.format(confidence) + ", below "
							+ Decisions.format(this.properties.minConfidence()) + " (" + evidence + ")");
		}
		return new AutoPost(payment, allocations, zero, null, rule, confidence, evidence, uses);
	}

	private Refer refer(Payment payment, ExceptionReason reason, List<Invoice> invoices, List<Invoice> notes,
			String detail) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Invoice invoice : invoices) {
			suggestions.add(new Suggestion(invoice.number(), invoice.customerId(), invoice.openAmount(), 0.8,
					"named or fits with a credit note"));
		}
		for (Invoice note : notes) {
			suggestions.add(new Suggestion(note.number(), note.customerId(), this.creditNotes.available(note), 0.6,
					"credit note with " + shown(this.creditNotes.available(note)) + " left"));
		}
		return new Refer(payment, reason, detail, suggestions);
	}

	/**
	 * Credit notes whose full number the text, the reference or a referred document has.
	 */
	private List<Invoice> namedCreditNotes(Payment payment) {
		Set<String> keys = new LinkedHashSet<>(
				InvoiceNumberCandidates.in(payment.remittance().text(), this.properties.textWindow()));
		payment.remittance().referredDocuments().forEach((document) -> keys.add(InvoiceKeys.of(document)));
		Set<Invoice> notes = new LinkedHashSet<>();
		for (String key : keys) {
			if (key != null && key.length() >= this.properties.fuzzyMinLength()) {
				notes.addAll(this.creditNotes.byKey(key));
			}
		}
		return List.copyOf(notes);
	}

	private static Money sum(List<Money> amounts, Money paid) {
		Money sum = Money.zero(paid.currency());
		for (Money amount : amounts) {
			sum = sum.plus(amount);
		}
		return sum;
	}

	private static Money shown(Money amount) {
		return new Money(amount.inCurrencyScale(), amount.currency());
	}

	private static String numbers(List<Invoice> invoices) {
		return invoices.stream().map(Invoice::number).collect(Collectors.joining(", "));
	}

}
