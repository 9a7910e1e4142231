package io.cashpost.statement;

import java.util.List;

/**
 * What the payer told us about the payment.
 *
 * @param unstructured free text lines, as sent
 * @param creditorReference structured creditor reference (ISO 11649 {@code RF...} or a
 * national one), or {@code null}
 * @param referredDocuments numbers of documents (invoices) the payer referred to in
 * structured form
 */
public record RemittanceInfo(List<String> unstructured, String creditorReference, List<String> referredDocuments) {

	public static final RemittanceInfo NONE = new RemittanceInfo(List.of(), null, List.of());

	public RemittanceInfo {
		unstructured = List.copyOf(unstructured);
		referredDocuments = List.copyOf(referredDocuments);
	}

	/** The unstructured lines joined by a space. */
	public String text() {
		return String.join(" ", this.unstructured);
	}

}
