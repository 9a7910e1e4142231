package io.cashpost.statement;

import java.time.LocalDate;

/**
 * A document a payer refers to in structured remittance ({@code RfrdDocInf}).
 *
 * @param number the document's number as the payer wrote it ({@code Nb}), or {@code null}
 * when the payer sent a type without a number
 * @param type what kind of document, from its type code
 * @param typeCode the type code as sent: an ISO code ({@code Tp/CdOrPrtry/Cd}, e.g.
 * {@code CINV}) or the bank's proprietary one ({@code Prtry}); {@code null} when none
 * @param date the document's date ({@code RltdDt}), or {@code null}
 */
public record ReferredDocument(String number, DocumentType type, String typeCode, LocalDate date) {

	public ReferredDocument {
		type = (type != null) ? type : DocumentType.UNSPECIFIED;
	}

}
