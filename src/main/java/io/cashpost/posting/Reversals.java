package io.cashpost.posting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.invoice.OpenAmounts;
import io.cashpost.matching.Payment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reverses what a returned payment had brought in: its receipt and every resolution that
 * placed it, each by a reversing entry linked to it. Allocations become reversed and the
 * invoices reopen, in the caller's transaction.
 */
@Service
public class Reversals {

	private final ReturnedPayments returnedPayments;

	private final JdbcJournal journal;

	private final JdbcAllocations allocations;

	private final OpenAmounts openAmounts;

	private final Clock clock;

	Reversals(ReturnedPayments returnedPayments, JdbcJournal journal, JdbcAllocations allocations,
			OpenAmounts openAmounts, Clock clock) {
		this.returnedPayments = returnedPayments;
		this.journal = journal;
		this.allocations = allocations;
		this.openAmounts = openAmounts;
		this.clock = clock;
	}

	/**
	 * Finds the original of the returned payment and reverses it.
	 * @param returned a booked reversal: the original's amount with the sign turned
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public ReversalOutcome reverse(Payment returned) {
		if (this.journal.isPosted(returned.sourceKey())) {
			return new ReversalOutcome.AlreadyPosted(returned.sourceKey());
		}
		ReturnedPayments.Found found = this.returnedPayments.original(returned.transactionId());
		if (found.transactionId().isEmpty()) {
			return new ReversalOutcome.OriginalUnknown(found.problem());
		}
		long original = found.transactionId().get();
		this.returnedPayments.lock(original);
		// The same return from another file may have been reversing it while we waited.
		if (this.journal.isPosted(returned.sourceKey())) {
			return new ReversalOutcome.AlreadyPosted(returned.sourceKey());
		}
		Map<Long, JournalEntry> live = this.journal.liveEntries(original);
		if (live.values().stream().noneMatch((entry) -> entry.kind().equals("receipt"))) {
			return new ReversalOutcome.OriginalUnknown("transaction " + original + " was reversed meanwhile");
		}
		this.openAmounts.lock(live.values()
			.stream()
			.flatMap((entry) -> entry.lines().stream())
			.map(JournalLine::invoiceId)
			.filter((id) -> id != null)
			.distinct()
			.toList());
		return new ReversalOutcome.Reversed(original, reverseAll(returned, live));
	}

	/** Newest first: resolutions, then the receipt whose reversal moves the cash. */
	private List<Long> reverseAll(Payment returned, Map<Long, JournalEntry> live) {
		Instant now = this.clock.instant();
		List<Long> entryIds = new ArrayList<>(live.keySet());
		Collections.reverse(entryIds);
		List<Long> reversals = new ArrayList<>();
		for (long entryId : entryIds) {
			JournalEntry entry = live.get(entryId);
			boolean receipt = entry.kind().equals("receipt");
			String key = receipt ? returned.sourceKey() : returned.sourceKey() + "|reverses|" + entry.postingKey();
			String description = "Returned " + returned.amount().abs() + ": reverses entry " + entryId + " ("
					+ entry.description() + ")";
			Optional<Long> reversal = this.journal
				.append(entry.reversal(entryId, key, returned.transactionId(), description, now));
			reversals.add(reversal
				.orElseThrow(() -> new IllegalStateException("reversal " + key + " is in the ledger already")));
			for (JdbcAllocations.Settled settled : this.allocations.reverse(entryId)) {
				this.openAmounts.restore(settled.invoiceId(), settled.amount());
			}
		}
		return reversals;
	}

}
