package io.cashpost.posting;

import java.util.List;

/** What happened when a returned payment was to reverse its original posting. */
public sealed interface ReversalOutcome {

	/**
	 * The original's receipt and every resolution of it are reversed; its invoices are
	 * open again.
	 *
	 * @param originalTransactionId the bank transaction that was returned
	 * @param reversalEntryIds the reversing entries, the one moving the cash last
	 */
	record Reversed(long originalTransactionId, List<Long> reversalEntryIds) implements ReversalOutcome {

		public Reversed {
			reversalEntryIds = List.copyOf(reversalEntryIds);
		}

	}

	/**
	 * Nothing posted: this return (same posting key) is already in the ledger.
	 *
	 * @param postingKey the key found
	 */
	record AlreadyPosted(String postingKey) implements ReversalOutcome {

	}

	/**
	 * Nothing posted: no single live posting is certainly the one returned.
	 *
	 * @param detail what was looked for and what was found
	 */
	record OriginalUnknown(String detail) implements ReversalOutcome {

	}

}
