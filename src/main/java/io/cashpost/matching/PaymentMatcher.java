package io.cashpost.matching;

import java.util.List;
import java.util.Optional;

import io.cashpost.invoice.OpenInvoices;
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
 */
@Component
public class PaymentMatcher {

	private final OpenInvoices invoices;

	private final OwnAccounts ownAccounts;

	private final MatchingProperties properties;

	private MatchingRun run;

	@Autowired
	public PaymentMatcher(OpenInvoices invoices, OwnAccounts ownAccounts, MatchingProperties properties) {
		this.invoices = invoices;
		this.ownAccounts = ownAccounts;
		this.properties = properties;
	}

	public PaymentMatcher(OpenInvoices invoices, MatchingProperties properties) {
		this(invoices, OwnAccounts.NONE, properties);
	}

	/**
	 * Forgets what the last run knew: the next decision indexes the open invoices, names
	 * and accounts afresh.
	 */
	public synchronized void refresh() {
		this.run = null;
	}

	public synchronized MatchDecision decide(Payment payment) {
		if (!payment.status().isBooked()) {
			return new NotBooked(payment);
		}
		if (payment.reversal()) {
			// A returned receipt comes back as a debit; a reversed debit was never a
			// receivable.
			return payment.amount().isNegative() ? new Reverse(payment) : new NotReceivable(payment, "reversed_debit");
		}
		MatchingRun current = current();
		if (payment.amount().amount().signum() <= 0) {
			return new NotReceivable(payment, current.classifier().ofDebit(payment));
		}
		if (current.classifier().isOwnTransfer(payment)) {
			return new NotReceivable(payment, "internal_transfer");
		}
		MatchDecision decision = receipt(current, payment);
		current.remember(decision);
		return decision;
	}

	private MatchDecision receipt(MatchingRun current, Payment payment) {
		References references = current.finder().find(payment);
		Payer payer = current.payers().identify(payment.debtorAccount(), payment.debtorName());
		if (references.isEmpty()) {
			Optional<String> kind = current.classifier().ofCredit(payment, payer);
			if (kind.isPresent()) {
				return new NotReceivable(payment, kind.get());
			}
		}
		else {
			Optional<MatchDecision> named = current.references().decide(payment, references, payer);
			if (named.isPresent()) {
				return named.get();
			}
		}
		return current.unreferenced().decide(payment, references, payer);
	}

	private MatchingRun current() {
		if (this.run == null) {
			this.run = MatchingRun.load(this.invoices, this.ownAccounts, this.properties);
		}
		return this.run;
	}

}
