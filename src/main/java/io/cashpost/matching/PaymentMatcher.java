package io.cashpost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.cashpost.invoice.OpenInvoices;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides what to do with a payment, most certain evidence first: classify what is no
 * receivable, then the invoices the payment names (structured reference, numbers in the
 * text, shortened or with a typing slip when the amount confirms), then the payer's open
 * invoices (known account or name). What no rule places with certainty is referred with
 * its reason and suggestions.
 * <p>
 * The open invoices and customers are indexed once per run: call {@link #refresh()}
 * before each run (the match-and-post step does); the first decision after it loads them.
 * Several threads may decide at once (see {@link #decide}).
 */
@Component
public class PaymentMatcher {

	private final OpenInvoices invoices;

	private final OwnAccounts ownAccounts;

	private final MatchingProperties properties;

	private final DeductionProperties deductions;

	private final Object loading = new Object();

	private volatile MatchingRun run;

	@Autowired
	public PaymentMatcher(OpenInvoices invoices, OwnAccounts ownAccounts, MatchingProperties properties,
			DeductionProperties deductions) {
		this.invoices = invoices;
		this.ownAccounts = ownAccounts;
		this.properties = properties;
		this.deductions = deductions;
	}

	public PaymentMatcher(OpenInvoices invoices, OwnAccounts ownAccounts, MatchingProperties properties) {
		this(invoices, ownAccounts, properties, DeductionProperties.defaults());
	}

	public PaymentMatcher(OpenInvoices invoices, MatchingProperties properties) {
		this(invoices, OwnAccounts.NONE, properties);
	}

	/**
	 * Forgets what the last run knew: the next decision indexes the open invoices, names
	 * and accounts afresh.
	 */
	public void refresh() {
		synchronized (this.loading) {
			this.run = null;
		}
	}

	/**
	 * Decides the payment. Safe to call from several threads at once (the partitions of
	 * {@code matchAndPostStep} do, each for its own customers): decisions read the run's
	 * picture without locks, and one that would post to a customer another thread changed
	 * meanwhile is decided again on what is open now, so that no two decisions count on
	 * the same open amount.
	 */
	public MatchDecision decide(Payment payment) {
		return decide(payment, (post) -> true);
	}

	/**
	 * Decides the payment as {@link #decide(Payment)} does, but remembers a posting only
	 * when {@code remembered} accepts it: one it refuses is returned, and the run's
	 * picture stays as if the payment were still to decide (for a caller that leaves the
	 * posting to someone else).
	 */
	public MatchDecision decide(Payment payment, Predicate<AutoPost> remembered) {
		if (!payment.status().isBooked()) {
			return new NotBooked(payment);
		}
		if (payment.reversal()) {
			// A returned receipt comes back as a debit; a reversed debit was never a
			// receivable.
			return payment.amount().isNegative() ? new Reverse(payment) : new NotReceivable(payment, "reversed_debit");
		}
		MatchingRun current = current();
		try {
			return credited(current, payment, remembered);
		}
		finally {
			current.finder().forget(payment);
		}
	}

	private MatchDecision credited(MatchingRun current, Payment payment, Predicate<AutoPost> remembered) {
		if (payment.amount().amount().signum() <= 0) {
			return new NotReceivable(payment, current.classifier().ofDebit(payment));
		}
		if (current.classifier().isOwnTransfer(payment)) {
			return new NotReceivable(payment, "internal_transfer");
		}
		for (;;) {
			long since = current.now();
			MatchDecision decision = receipt(current, payment);
			if (decision instanceof AutoPost post && !remembered.test(post)) {
				return decision;
			}
			if (current.remember(decision, since)) {
				return decision;
			}
		}
	}

	/**
	 * Tells matching the payments it is about to decide (a page read together), so that
	 * what they name beyond the open invoices is looked up for all of them at once. Only
	 * saves round trips: a payment decided without it looks up alone.
	 */
	public void expect(List<Payment> payments) {
		current().finder().expect(payments);
	}

	private MatchDecision receipt(MatchingRun current, Payment payment) {
		Payer payer = current.payers().identify(payment.debtorAccount(), payment.debtorName());
		Optional<MatchDecision> byLines = current.remittance().decide(payment, payer);
		if (byLines.isPresent()) {
			return byLines.get();
		}
		References references = current.finder().find(payment);
		if (references.isEmpty()) {
			Optional<String> kind = current.classifier().ofCredit(payment, payer);
			if (kind.isPresent()) {
				return new NotReceivable(payment, kind.get());
			}
		}
		else {
			Optional<MatchDecision> netted = current.netting().named(payment, references, payer);
			if (netted.isPresent()) {
				return netted.get();
			}
			Optional<MatchDecision> named = current.references().decide(payment, references, payer);
			if (named.isPresent()) {
				return named.get();
			}
		}
		MatchDecision unreferenced = current.unreferenced().decide(payment, references, payer);
		if (!references.isEmpty()) {
			return unreferenced;
		}
		if (unreferenced instanceof Refer refer && refer.reason() == ExceptionReason.NO_CANDIDATE) {
			// No open invoice fits the amount: one may, less one of the customer's
			// credit notes.
			return current.netting().combination(payment, payer).orElse(unreferenced);
		}
		if (unreferenced instanceof AutoPost post && !exactlyOneInvoice(post)) {
			// Invoices make the amount together or within a tolerance; if an invoice
			// less a credit note makes it too, the fits compete and the amount alone does
			// not tell which was paid. (One invoice open for exactly the amount is the
			// payer's evidence, whatever else adds up to it.)
			Optional<MatchDecision> netted = current.netting().combination(payment, payer);
			if (netted.isPresent()) {
				return competing(post, netted.get());
			}
		}
		return unreferenced;
	}

	private static boolean exactlyOneInvoice(AutoPost post) {
		if (post.allocations().size() != 1 || !post.onAccount().isZero()) {
			return false;
		}
		ProposedAllocation allocation = post.allocations().get(0);
		return allocation.discount().isZero() && allocation.writeOff().isZero();
	}

	private static Refer competing(AutoPost invoicesAlone, MatchDecision withCreditNote) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (ProposedAllocation allocation : invoicesAlone.allocations()) {
			suggestions.add(new Suggestion(allocation.invoiceNumber(), allocation.customerId(),
					allocation.applied().plus(allocation.discount()).plus(allocation.writeOff()), 0.7,
					"fits by " + invoicesAlone.rule()));
		}
		if (withCreditNote instanceof AutoPost netted) {
			netted.allocations()
				.forEach((allocation) -> suggestions
					.add(new Suggestion(allocation.invoiceNumber(), allocation.customerId(),
							allocation.applied().plus(allocation.credit()), 0.7, "fits less a credit note")));
			netted.creditNotes()
				.forEach((note) -> suggestions
					.add(new Suggestion(note.number(), note.customerId(), note.used(), 0.6, "credit note")));
		}
		else if (withCreditNote instanceof Refer refer) {
			suggestions.addAll(refer.suggestions());
		}
		return new Refer(invoicesAlone.payment(), ExceptionReason.AMBIGUOUS,
				invoicesAlone.evidence() + "; but an open invoice less a credit note of the customer makes the amount"
						+ " too: fits of different kinds compete",
				suggestions);
	}

	private MatchingRun current() {
		MatchingRun current = this.run;
		if (current != null) {
			return current;
		}
		synchronized (this.loading) {
			if (this.run == null) {
				this.run = MatchingRun.load(this.invoices, this.ownAccounts, this.properties, this.deductions);
			}
			return this.run;
		}
	}

}
