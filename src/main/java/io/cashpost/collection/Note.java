package io.cashpost.collection;

import java.time.Instant;

/**
 * A collector's note on a customer, or on one of its invoices.
 *
 * @param noteId the note
 * @param customerId the customer
 * @param invoiceNumber the invoice it is about, or {@code null}
 * @param text what was noted
 * @param createdBy who
 * @param createdAt when
 */
public record Note(long noteId, String customerId, String invoiceNumber, String text, String createdBy,
		Instant createdAt) {

}
