package io.cashpost.remittance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceLine;

/**
 * A payer's remittance advice: which payment it explains and, line by line, what that
 * payment pays. Read from an advice file, its lines are known to add up to its amount.
 *
 * @param adviceKey the advice's id as the file gives it ({@code advice_id})
 * @param firstLine the file line its first row is on
 * @param lastLine the file line its last row is on
 * @param payerName the payer's name, or {@code null}
 * @param payerAccount the payer's account (IBAN or number), or {@code null}
 * @param paymentReference the payment's reference as the payer's bank sent it, or
 * {@code null}
 * @param endToEndId the payment's end-to-end id, or {@code null}
 * @param paymentDate when the payer paid
 * @param amount the payment's amount
 * @param lines one per invoice or credit note, in file order
 */
public record RemittanceAdvice(String adviceKey, long firstLine, long lastLine, String payerName, String payerAccount,
		String paymentReference, String endToEndId, LocalDate paymentDate, Money amount, List<AdviceLine> lines) {

	public RemittanceAdvice {
		lines = List.copyOf(lines);
	}

	/** The documents' numbers, in file order: what the payment refers to. */
	public List<String> documentNumbers() {
		return this.lines.stream().map(AdviceLine::documentNumber).toList();
	}

	/**
	 * The lines as the payment's structured remittance, marked as coming from an advice:
	 * an invoice's remitted amount is what the advice pays for it; a deduction makes it
	 * due the paid amount plus the deduction, with the deduction as a decreasing
	 * adjustment and its reason.
	 * @param source where the advice came from, e.g.
	 * {@code remittance advice A-1 (advices.csv line 2)}
	 */
	public List<RemittanceLine> remittanceLines(String source) {
		List<RemittanceLine> remittance = new ArrayList<>(this.lines.size());
		for (AdviceLine line : this.lines) {
			String typeCode = line.isCreditNote() ? "CREN" : "CINV";
			ReferredDocument document = new ReferredDocument(line.documentNumber(), line.documentType(), typeCode,
					null);
			List<String> text = List.of(source);
			if (line.isCreditNote()) {
				remittance.add(new RemittanceLine(List.of(document), null, null, line.paid(), null, List.of(), null,
						null, text));
				continue;
			}
			boolean deducted = line.deduction() != null && !line.deduction().isZero();
			Money due = deducted ? line.paid().plus(line.deduction()) : null;
			List<Adjustment> adjustments = deducted ? List.of(new Adjustment(line.deduction(),
					Adjustment.Direction.DECREASE, line.reasonCode(), line.reasonText())) : List.of();
			remittance.add(
					new RemittanceLine(List.of(document), due, null, null, null, adjustments, line.paid(), null, text));
		}
		return remittance;
	}

}
