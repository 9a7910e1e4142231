package io.cashpost.exceptionqueue;

/**
 * What closes a payment's open exception without a person: a remittance advice that
 * explains it.
 *
 * @param transactionId the payment
 * @param detail what explained it, in words
 * @param journalEntryId the entry that moved its money out of suspense, or {@code null}
 * when none had to
 */
public record Explanation(long transactionId, String detail, Long journalEntryId) {

}
