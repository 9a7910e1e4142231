package io.cashpost.remittance;

import io.cashpost.money.Money;
import io.cashpost.statement.DocumentType;

/**
 * One row of a remittance advice: what the payer says this payment pays for one document.
 *
 * @param line the file line it was read from
 * @param documentType {@link DocumentType#INVOICE}, or {@link DocumentType#CREDIT_NOTE}
 * for a credit note the payer nets off (its amount reduces the payment)
 * @param documentNumber the invoice's or credit note's number, as the payer wrote it
 * @param paid what the payment pays for the invoice (for a credit note: the credit
 * taken), never negative
 * @param deduction what the payer deducts from the invoice, or {@code null} for none
 * @param reasonCode the payer's reason code for the deduction, or {@code null}
 * @param reasonText the payer's reason in words, or {@code null}
 */
public record AdviceLine(long line, DocumentType documentType, String documentNumber, Money paid, Money deduction,
		String reasonCode, String reasonText) {

	/** Whether it nets a credit note off the payment rather than paying an invoice. */
	public boolean isCreditNote() {
		return this.documentType == DocumentType.CREDIT_NOTE;
	}

	/** What the line adds to the payment: the paid amount, negative for a credit note. */
	Money contribution() {
		return isCreditNote() ? this.paid.negate() : this.paid;
	}

}
