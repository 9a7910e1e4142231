package io.cashpost.statement;

import java.util.Set;

/**
 * What kind of document a payer refers to, read from the ISO 20022 document type code
 * (DocumentType5Code/6Code).
 */
public enum DocumentType {

	/**
	 * An invoice to be paid: commercial invoice {@code CINV}, metered service invoice
	 * {@code MSIN}, hire invoice {@code HIRI}, self-billed invoice {@code SBIN}, accounts
	 * receivable open item {@code AROI}.
	 */
	INVOICE,
	/**
	 * A credit note the payer nets off: {@code CREN}, or {@code CNFA} (credit note for a
	 * financial adjustment).
	 */
	CREDIT_NOTE,
	/**
	 * A debit note, paid like an invoice: {@code DEBN}, or {@code DNFA} (debit note for a
	 * financial adjustment).
	 */
	DEBIT_NOTE,
	/**
	 * Any other document (statement of account, purchase order, voucher, ...) or a
	 * proprietary type.
	 */
	OTHER,
	/** The payer sent no type. Most such documents are invoices, but nothing says so. */
	UNSPECIFIED;

	private static final Set<String> INVOICES = Set.of("CINV", "MSIN", "HIRI", "SBIN", "AROI");

	private static final Set<String> CREDIT_NOTES = Set.of("CREN", "CNFA");

	private static final Set<String> DEBIT_NOTES = Set.of("DEBN", "DNFA");

	/**
	 * The type an ISO document type code stands for.
	 * @param isoCode the code ({@code Tp/CdOrPrtry/Cd}), or {@code null} when none was
	 * sent
	 * @param proprietary whether the payer sent a proprietary type instead
	 */
	public static DocumentType of(String isoCode, boolean proprietary) {
		if (isoCode == null) {
			return proprietary ? OTHER : UNSPECIFIED;
		}
		if (INVOICES.contains(isoCode)) {
			return INVOICE;
		}
		if (CREDIT_NOTES.contains(isoCode)) {
			return CREDIT_NOTE;
		}
		return DEBIT_NOTES.contains(isoCode) ? DEBIT_NOTE : OTHER;
	}

}
