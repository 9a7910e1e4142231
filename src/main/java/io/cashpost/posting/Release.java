package io.cashpost.posting;

import io.cashpost.money.Money;

/**
 * Money a person moves out of suspense.
 *
 * @param postingKey derived from the resolution, so that it posts once
 * @param bankTransactionId the bank transaction whose money it is
 * @param amount what sits in suspense for it
 * @param resolvedBy who decided, for the journal and the allocations
 */
public record Release(String postingKey, long bankTransactionId, Money amount, String resolvedBy) {

}
