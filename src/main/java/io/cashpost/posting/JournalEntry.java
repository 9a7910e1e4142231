package io.cashpost.posting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A balanced set of journal lines in one currency, posted once under its posting key and
 * never changed afterwards.
 *
 * @param postingKey derived from the source, unique in the ledger
 * @param kind {@code receipt}, {@code reversal} or {@code resolution}
 * @param bankTransactionId the bank transaction it books, or {@code null}
 * @param reversesEntryId the entry a reversal reverses, else {@code null}
 * @param currency the currency of every line
 * @param description what a person reads in the journal
 * @param postedAt when it was posted
 * @param lines debits and credits
 */
public record JournalEntry(String postingKey, String kind, Long bankTransactionId, Long reversesEntryId,
		Currency currency, String description, Instant postedAt, List<JournalLine> lines) {

	public JournalEntry {
		lines = List.copyOf(lines);
		if (lines.size() < 2) {
			throw new IllegalArgumentException("journal entry " + postingKey + " needs two lines at least");
		}
		BigDecimal debits = lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal credits = lines.stream().map(JournalLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (debits.compareTo(credits) != 0) {
			throw new IllegalArgumentException(
					"journal entry " + postingKey + " does not balance: debits " + debits + ", credits " + credits);
		}
	}

	/**
	 * The entry that undoes this one: every line on the other side, linked back to it.
	 * @param entryId this entry's id
	 */
	JournalEntry reversal(long entryId, String postingKey, Long bankTransactionId, String description,
			Instant postedAt) {
		List<JournalLine> mirrored = this.lines.stream().map(JournalLine::reversed).toList();
		return new JournalEntry(postingKey, "reversal", bankTransactionId, entryId, this.currency, description,
				postedAt, mirrored);
	}

}
