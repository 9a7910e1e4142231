package io.cashpost.posting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.OpenAmounts;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts a receipt exactly once: the journal entry, its allocations and the invoices' open
 * amounts change together in the caller's transaction, or not at all. Money that cannot
 * be placed is booked to suspense, under the same key.
 */
@Service
public class CashPosting {

	private final OpenAmounts openAmounts;

	private final JdbcJournal journal;

	private final JdbcAllocations allocations;

	private final ReceiptEntries receipts;

	private final Clock clock;

	CashPosting(OpenAmounts openAmounts, JdbcJournal journal, JdbcAllocations allocations, LedgerProperties accounts,
			Clock clock) {
		this.openAmounts = openAmounts;
		this.journal = journal;
		this.allocations = allocations;
		this.receipts = new ReceiptEntries(accounts);
		this.clock = clock;
	}

	/**
	 * Posts the decision. The invoices are locked first and checked again: a decision
	 * taken on figures another posting has since changed is not posted.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PostingOutcome post(AutoPost decision) {
		Map<Long, Invoice> locked = this.openAmounts
			.lock(decision.allocations().stream().map(ProposedAllocation::invoiceId).toList())
			.stream()
			.collect(Collectors.toMap(Invoice::id, Function.identity()));
		Optional<String> changed = changedSinceDecided(decision.allocations(), locked);
		if (changed.isPresent()) {
			return new PostingOutcome.InvoiceChanged(changed.get());
		}
		Instant now = this.clock.instant();
		Optional<Long> entryId = this.journal.append(this.receipts.of(decision, now));
		if (entryId.isEmpty()) {
			return new PostingOutcome.AlreadyPosted(decision.payment().sourceKey());
		}
		this.allocations.insert(entryId.get(), decision, now);
		for (ProposedAllocation allocation : decision.allocations()) {
			this.openAmounts.reduce(allocation.invoiceId(), allocation.settles().amount());
		}
		return new PostingOutcome.Posted(entryId.get());
	}

	/**
	 * Books a receipt nobody could place yet: cash in, suspense out, under the
	 * transaction's posting key. A person moves it out of suspense later.
	 * @param reason why it could not be placed, for the journal's description
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PostingOutcome toSuspense(Payment payment, String reason) {
		if (!payment.isReceipt()) {
			throw new IllegalArgumentException("only money received goes to suspense, not " + payment.amount());
		}
		Optional<Long> entryId = this.journal.append(this.receipts.toSuspense(payment, reason, this.clock.instant()));
		return entryId.<PostingOutcome>map(PostingOutcome.Posted::new)
			.orElseGet(() -> new PostingOutcome.AlreadyPosted(payment.sourceKey()));
	}

	/**
	 * Books money received that is no receivable (an internal transfer, interest, a card
	 * settlement): cash in, clearing out by its classification, under the transaction's
	 * posting key. Cash is cash: every booked credit is in the ledger, receivable or not.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PostingOutcome toClearing(Payment payment, String classification) {
		if (!payment.isReceipt()) {
			throw new IllegalArgumentException("only money received goes to clearing, not " + payment.amount());
		}
		Optional<Long> entryId = this.journal
			.append(this.receipts.toClearing(payment, classification, this.clock.instant()));
		return entryId.<PostingOutcome>map(PostingOutcome.Posted::new)
			.orElseGet(() -> new PostingOutcome.AlreadyPosted(payment.sourceKey()));
	}

	private static Optional<String> changedSinceDecided(List<ProposedAllocation> proposed, Map<Long, Invoice> locked) {
		for (ProposedAllocation allocation : proposed) {
			Invoice invoice = locked.get(allocation.invoiceId());
			if (invoice == null) {
				return Optional.of("invoice " + allocation.invoiceNumber() + " no longer exists");
			}
			if (invoice.openAmount().compareTo(allocation.settles()) < 0) {
				return Optional.of(invoice.number() + " has only " + invoice.openAmount() + " open now, "
						+ allocation.settles() + " was to be applied");
			}
		}
		return Optional.empty();
	}

}
