package io.cashpost.collection;

import io.cashpost.money.Money;

/**
 * A dispute to open through {@link Disputes#openAll}.
 *
 * @param invoiceId the invoice
 * @param amount the amount contested, in the invoice's currency
 * @param reasonCode why, as a code
 * @param text why, in words, or {@code null}
 * @param source where it comes from; with the invoice, what identifies it while open
 */
public record NewDispute(long invoiceId, Money amount, String reasonCode, String text, String source) {

}
