package io.cashpost.posting;

import java.util.List;

/**
 * One journal entry and the allocations it makes, posted together under the entry's
 * posting key or not at all. {@link Ledger} posts a whole chunk of them at once.
 *
 * @param entry the balanced journal entry
 * @param allocations what it applies to invoices or puts on account (none for money
 * booked to suspense or clearing)
 */
public record Posting(JournalEntry entry, List<Allocation> allocations) {

	public Posting {
		allocations = List.copyOf(allocations);
	}

	/** An entry that places no money on invoices or accounts. */
	public static Posting of(JournalEntry entry) {
		return new Posting(entry, List.of());
	}

	public String postingKey() {
		return this.entry.postingKey();
	}

}
