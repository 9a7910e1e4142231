package io.cashpost.benchmark;

import java.math.BigDecimal;

/**
 * One structured remittance block of a generated entry ({@code RmtInf/Strd}): a document
 * and what the payer says about its amounts, as {@link Camt053Writer} writes it.
 *
 * @param number the document's number
 * @param typeCode {@code CINV} or {@code CREN}
 * @param due the amount due ({@code DuePyblAmt}), or {@code null}
 * @param remitted the amount remitted ({@code RmtdAmt}), or {@code null}
 * @param creditNote a credit note's amount ({@code CdtNoteAmt}), or {@code null}
 * @param adjustment a deduction ({@code AdjstmntAmtAndRsn/Amt}, debit), or {@code null}
 * @param reasonCode its reason code, or {@code null}
 * @param text its text, or {@code null}
 */
public record RemittanceBlock(String number, String typeCode, BigDecimal due, BigDecimal remitted,
		BigDecimal creditNote, BigDecimal adjustment, String reasonCode, String text) {

	/** An invoice paid in full. */
	public static RemittanceBlock paid(String number, BigDecimal amount) {
		return new RemittanceBlock(number, "CINV", amount, amount, null, null, null, null);
	}

	/** An invoice paid less a deduction, with a reason code or a text or neither. */
	public static RemittanceBlock deducted(String number, BigDecimal due, BigDecimal deduction, String reasonCode,
			String text) {
		return new RemittanceBlock(number, "CINV", due, due.subtract(deduction), null, deduction, reasonCode, text);
	}

	/** A credit note netted off. */
	public static RemittanceBlock creditNote(String number, BigDecimal amount) {
		return new RemittanceBlock(number, "CREN", null, null, amount, null, null, null);
	}

}
