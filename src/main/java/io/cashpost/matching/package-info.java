/**
 * Matching: which open invoices a payment pays, and how sure we are. Its API is
 * {@link io.cashpost.matching.PaymentMatcher} and the
 * {@link io.cashpost.matching.MatchDecision} it returns.
 */
package io.cashpost.matching;
