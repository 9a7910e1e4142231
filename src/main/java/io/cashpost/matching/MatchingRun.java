package io.cashpost.matching;

import java.time.Duration;
import java.util.Set;

import io.cashpost.invoice.OpenInvoices;
import io.cashpost.matching.MatchDecision.AutoPost;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one matching run knows: every open invoice and every customer's names and
 * accounts, loaded once at its start and kept up to date with its own decisions. Each
 * payment then costs a few hash lookups, however many invoices are open. Safe to use from
 * several threads at once.
 */
final class MatchingRun {

	private static final Logger logger = LoggerFactory.getLogger(MatchingRun.class);

	private final OpenItemIndex index;

	private final PayerDirectory payers;

	private final Classifier classifier;

	private final ReferenceFinder finder;

	private final ReferenceDecision references;

	private final UnreferencedDecision unreferenced;

	private final CreditNotes creditNotes;

	private final RemittanceDecision remittance;

	private final CreditNoteNetting netting;

	private MatchingRun(OpenItemIndex index, CreditNotes creditNotes, PayerDirectory payers, Set<String> ownAccounts,
			OpenInvoices invoices, MatchingProperties properties, DeductionProperties deductions) {
		this.index = index;
		this.creditNotes = creditNotes;
		this.remittance = new RemittanceDecision(index, creditNotes, properties, deductions);
		this.netting = new CreditNoteNetting(index, creditNotes, properties);
		this.payers = payers;
		this.classifier = new Classifier(properties.classification(), ownAccounts);
		this.finder = new ReferenceFinder(index, invoices, properties);
		Decisions decisions = new Decisions(properties);
		AmountFit amounts = new AmountFit(properties.writeOff());
		this.references = new ReferenceDecision(amounts, decisions, properties, index);
		this.unreferenced = new UnreferencedDecision(index, payers,
				new PayerDecision(index, amounts, decisions, properties), decisions);
	}

	static MatchingRun load(OpenInvoices invoices, OwnAccounts ownAccounts, MatchingProperties properties,
			DeductionProperties deductions) {
		long started = System.nanoTime();
		OpenItemIndex.Builder builder = OpenItemIndex.builder();
		invoices.forEachOpen(builder::add);
		OpenItemIndex index = builder.build();
		CreditNotes creditNotes = new CreditNotes();
		invoices.forEachOpenCreditNote(creditNotes::add);
		long indexed = System.nanoTime();
		PayerDirectory payers = new PayerDirectory(properties.names());
		invoices.forEachCustomerName((name) -> payers.addName(name.customerId(), name.name()));
		invoices.forEachPayerAccount(
				(account) -> payers.addAccount(account.account(), account.customerId(), account.source()));
		MatchingRun run = new MatchingRun(index, creditNotes, payers, ownAccounts.all(), invoices, properties,
				deductions);
		logger.info("Matching indexed {} open invoices in {} ms, customers' names and accounts in {} ms", index.size(),
				millis(indexed - started), millis(System.nanoTime() - indexed));
		return run;
	}

	private static long millis(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

	Classifier classifier() {
		return this.classifier;
	}

	ReferenceFinder finder() {
		return this.finder;
	}

	PayerDirectory payers() {
		return this.payers;
	}

	RemittanceDecision remittance() {
		return this.remittance;
	}

	CreditNoteNetting netting() {
		return this.netting;
	}

	ReferenceDecision references() {
		return this.references;
	}

	UnreferencedDecision unreferenced() {
		return this.unreferenced;
	}

	/** The moment a decision begins; see {@link #remember}. */
	long now() {
		return this.index.now();
	}

	/**
	 * Keeps the run's picture true after a decision: what it settles is no longer open,
	 * and the payer's account now belongs to the customer (as posting will record). A
	 * decision to post is refused when a customer it posts to changed since it began
	 * (another thread decided for that customer meanwhile): it must be decided again.
	 * @param since when the decision began ({@link #now()})
	 * @return whether the decision stands
	 */
	boolean remember(MatchDecision decision, long since) {
		if (!(decision instanceof AutoPost post)) {
			return true;
		}
		if (!this.creditNotes.use(post.creditNotes())) {
			return false;
		}
		if (!this.index.settle(post.allocations(), since)) {
			this.creditNotes.release(post.creditNotes());
			return false;
		}
		long customers = post.allocations().stream().map(ProposedAllocation::customerId).distinct().count();
		if (customers == 1) {
			this.payers.learn(post.payment().debtorAccount(), post.allocations().get(0).customerId());
		}
		return true;
	}

}
