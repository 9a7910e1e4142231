package io.cashpost.posting;

/** What happened when a decision was posted. */
public sealed interface PostingOutcome {

	/**
	 * Posted as one journal entry.
	 *
	 * @param journalEntryId the entry
	 */
	record Posted(long journalEntryId) implements PostingOutcome {

	}

	/**
	 * Nothing posted: the same money (same posting key) is already in the ledger.
	 *
	 * @param postingKey the key found
	 */
	record AlreadyPosted(String postingKey) implements PostingOutcome {

	}

	/**
	 * Nothing posted: an invoice changed since the decision was taken (paid meanwhile, or
	 * less open).
	 *
	 * @param detail what changed
	 */
	record InvoiceChanged(String detail) implements PostingOutcome {

	}

}
