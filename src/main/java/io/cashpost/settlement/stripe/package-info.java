/**
 * Stripe's itemized payout reconciliation report: one row per balance transaction, each
 * naming the automatic payout that paid it out.
 */
package io.cashpost.settlement.stripe;
