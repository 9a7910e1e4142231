package io.cashpost.exceptionqueue;

import java.time.Instant;

import io.cashpost.money.Money;

/**
 * An exception, resolved.
 *
 * @param exceptionId the item
 * @param resolutionId the resolution record
 * @param resolution what was decided
 * @param amount the payment's money
 * @param journalEntryId the entry that moved it out of suspense, or {@code null} for a
 * dismissal
 * @param resolvedBy who
 * @param resolvedAt when
 */
public record Resolved(long exceptionId, long resolutionId, Resolution resolution, Money amount, Long journalEntryId,
		String resolvedBy, Instant resolvedAt) {

	/** One line for the person who resolved it. */
	public String summaryLine() {
		return "exception " + this.exceptionId + " resolved: " + this.resolution.describe() + ", " + this.amount
				+ ((this.journalEntryId != null) ? " moved out of suspense by entry " + this.journalEntryId
						: ", nothing posted")
				+ "; by " + this.resolvedBy + " at " + this.resolvedAt;
	}

}
