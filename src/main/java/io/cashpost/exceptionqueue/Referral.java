package io.cashpost.exceptionqueue;

import java.util.List;

import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.Suggestion;

/**
 * A payment handed to a person, to be queued.
 *
 * @param transactionId the bank transaction
 * @param reason why no automatic decision was taken
 * @param detail the reason in words, naming what was seen
 * @param suggestions best first
 * @param suspenseEntryId the receipt that booked its money to suspense, or {@code null}
 * when none did (a duplicate, a reversal, money paid out)
 */
public record Referral(long transactionId, ExceptionReason reason, String detail, List<Suggestion> suggestions,
		Long suspenseEntryId) {

	public Referral {
		suggestions = List.copyOf(suggestions);
	}

}
