package io.cashpost.statement;

import java.util.List;

/**
 * What the payer told us about the payment.
 *
 * @param unstructured free text lines, as sent (ISO 20022 {@code Ustrd}, MT940 field 86,
 * BAI2 text)
 * @param creditorReference structured creditor reference (ISO 11649 {@code RF...} or a
 * national one), or {@code null}
 * @param referredDocuments numbers of documents (invoices, credit notes) the payer
 * referred to in structured form, in the order sent: the numbers of every
 * {@link RemittanceLine}'s documents
 * @param lines the structured remittance block by block, with document types and
 * per-document amounts: what the payer says each part of the payment settles (empty when
 * the payer sent none, and for formats that carry none)
 */
public record RemittanceInfo(List<String> unstructured, String creditorReference, List<String> referredDocuments,
		List<RemittanceLine> lines) {

	public static final RemittanceInfo NONE = new RemittanceInfo(List.of(), null, List.of(), List.of());

	public RemittanceInfo {
		unstructured = List.copyOf(unstructured);
		referredDocuments = List.copyOf(referredDocuments);
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** Remittance without structured lines. */
	public RemittanceInfo(List<String> unstructured, String creditorReference, List<String> referredDocuments) {
		this(unstructured, creditorReference, referredDocuments, List.of());
	}

	/** The unstructured lines joined by a space. */
	public String text() {
		return String.join(" ", this.unstructured);
	}

}
