package io.cashpost.statement;

import java.util.List;

import io.cashpost.money.Money;

/**
 * One block of structured remittance as the payer sent it (ISO 20022
 * {@code RmtInf/Strd}): the documents a part of the payment is for, and what the payer
 * says about their amounts. A business customer paying twelve invoices in one transfer
 * sends twelve blocks, one per invoice, each with the invoice's number and the amount
 * remitted for it; a credit note the payer nets off comes as a block of its own.
 * <p>
 * Amounts are as sent: unsigned, each in its own currency (usually the payment's), any of
 * them {@code null} when the payer left it out. Nothing here has been checked against the
 * amount the bank booked, nor against the invoices: the lines are the payer's claims, for
 * matching to weigh.
 * <ul>
 * <li>An invoice line usually carries {@code remitted} (what this payment pays for the
 * document) and often {@code duePayable} (what the document asks). When both are sent and
 * differ, the difference is explained by {@code discountApplied}, {@code creditNote},
 * {@code tax} and the {@code adjustments}, as far as the payer explains it at all.</li>
 * <li>A credit note line ({@link DocumentType#CREDIT_NOTE}) usually carries the credit
 * note's amount in {@code creditNote} (some payers use {@code duePayable} or
 * {@code remitted}): it reduces the payment, it is never money received.</li>
 * </ul>
 *
 * @param documents the documents this block refers to ({@code RfrdDocInf}), usually one
 * @param duePayable amount the document asks to be paid ({@code DuePyblAmt})
 * @param discountApplied discount the payer took ({@code DscntApldAmt}; several typed
 * discounts are added up)
 * @param creditNote amount of a credit note ({@code CdtNoteAmt})
 * @param tax tax amount ({@code TaxAmt}; several typed taxes are added up)
 * @param adjustments adjustments with their reasons ({@code AdjstmntAmtAndRsn}), e.g. a
 * deduction for damaged goods
 * @param remitted amount this payment remits for the documents ({@code RmtdAmt})
 * @param creditorReference the block's creditor reference ({@code CdtrRefInf/Ref}), as
 * sent, or {@code null}
 * @param additionalText the block's additional remittance text ({@code AddtlRmtInf})
 */
public record RemittanceLine(List<ReferredDocument> documents, Money duePayable, Money discountApplied,
		Money creditNote, Money tax, List<Adjustment> adjustments, Money remitted, String creditorReference,
		List<String> additionalText) {

	public RemittanceLine {
		documents = (documents != null) ? List.copyOf(documents) : List.of();
		adjustments = (adjustments != null) ? List.copyOf(adjustments) : List.of();
		additionalText = (additionalText != null) ? List.copyOf(additionalText) : List.of();
	}

	/** The first document's number, or {@code null} when the block names none. */
	public String documentNumber() {
		return this.documents.isEmpty() ? null : this.documents.get(0).number();
	}

	/** The first document's type; {@link DocumentType#UNSPECIFIED} when it names none. */
	public DocumentType documentType() {
		return this.documents.isEmpty() ? DocumentType.UNSPECIFIED : this.documents.get(0).type();
	}

}
