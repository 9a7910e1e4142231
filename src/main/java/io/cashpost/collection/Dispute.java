package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An invoice, or part of it, the customer contests.
 *
 * @param disputeId the dispute
 * @param invoiceNumber the invoice
 * @param customerId its customer
 * @param currency its currency
 * @param amount the amount contested
 * @param reasonCode why, as a code ({@code pricing}, {@code damaged}, a remittance's
 * deduction code ...)
 * @param text why, in words
 * @param source where it comes from: {@code collector}, {@code remittance:...}
 * @param openedBy who opened it
 * @param openedAt when
 * @param status {@code open} or {@code resolved}
 * @param resolution how it was settled
 * @param resolvedBy who settled it
 * @param resolvedAt when
 */
public record Dispute(long disputeId, String invoiceNumber, String customerId, String currency, BigDecimal amount,
		String reasonCode, String text, String source, String openedBy, Instant openedAt, String status,
		String resolution, String resolvedBy, Instant resolvedAt) {

}
