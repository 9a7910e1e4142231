package io.cashpost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.RemittanceLine;

/**
 * What a payer's structured remittance claims, line by line: the amount it remits for
 * each invoice (or debit note) and each credit note it nets off. Only a remittance whose
 * every line names one document with its amount says where all the money goes; any other
 * is left to the rules that read references.
 *
 * @param invoices what is remitted per invoice, in the order sent
 * @param creditNotes the credit notes netted off, in the order sent
 */
record RemittanceClaims(List<InvoiceClaim> invoices, List<CreditNoteClaim> creditNotes) {

	RemittanceClaims {
		invoices = List.copyOf(invoices);
		creditNotes = List.copyOf(creditNotes);
	}

	/**
	 * The claims of the payment's remittance lines, or empty when they do not say per
	 * document what is paid (no lines, a line naming no document or several, an invoice
	 * line without the amount remitted, a credit note without its amount, a document that
	 * is neither).
	 */
	static Optional<RemittanceClaims> of(List<RemittanceLine> lines) {
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		List<InvoiceClaim> invoices = new ArrayList<>();
		List<CreditNoteClaim> creditNotes = new ArrayList<>();
		for (RemittanceLine line : lines) {
			if (line.documents().size() != 1 || line.documentNumber() == null || line.documentNumber().isBlank()) {
				return Optional.empty();
			}
			DocumentType type = line.documentType();
			if (type == DocumentType.CREDIT_NOTE) {
				Money amount = firstOf(line.creditNote(), line.duePayable(), line.remitted());
				if (amount == null) {
					return Optional.empty();
				}
				creditNotes.add(new CreditNoteClaim(line.documentNumber(), amount));
			}
			else if (type == DocumentType.OTHER || line.remitted() == null) {
				return Optional.empty();
			}
			else {
				invoices.add(new InvoiceClaim(line.documentNumber(), line.remitted(), line));
			}
		}
		return invoices.isEmpty() ? Optional.empty() : Optional.of(new RemittanceClaims(invoices, creditNotes));
	}

	/** What the lines add up to: remitted for the invoices, less the credit notes. */
	Money total(Money paid) {
		Money total = Money.zero(paid.currency());
		for (InvoiceClaim claim : this.invoices) {
			total = total.plus(claim.remitted());
		}
		for (CreditNoteClaim claim : this.creditNotes) {
			total = total.minus(claim.amount());
		}
		return total;
	}

	/** Whether every amount is in the currency paid. */
	boolean allIn(Money paid) {
		return this.invoices.stream().allMatch((claim) -> claim.remitted().currency().equals(paid.currency()))
				&& this.creditNotes.stream().allMatch((claim) -> claim.amount().currency().equals(paid.currency()));
	}

	private static Money firstOf(Money... amounts) {
		for (Money amount : amounts) {
			if (amount != null) {
				return amount;
			}
		}
		return null;
	}

	/**
	 * What the payer remits for one invoice.
	 *
	 * @param number the invoice number as sent
	 * @param remitted the amount remitted for it
	 * @param line the line, for its discount, adjustments and text
	 */
	record InvoiceClaim(String number, Money remitted, RemittanceLine line) {

		/**
		 * The payer's reason code for a deduction: of the first adjustment that decreases
		 * the amount (or does not say) and carries one.
		 */
		String reasonCode() {
			return deductions().stream()
				.map(Adjustment::reasonCode)
				.filter((code) -> code != null && !code.isBlank())
				.findFirst()
				.orElse(null);
		}

		/** The payer's words about the line: its adjustments' texts, then the line's. */
		String text() {
			List<String> texts = new ArrayList<>();
			deductions().stream().map(Adjustment::text).filter((text) -> text != null).forEach(texts::add);
			texts.addAll(this.line.additionalText());
			return String.join(" ", texts);
		}

		private List<Adjustment> deductions() {
			return this.line.adjustments()
				.stream()
				.filter((adjustment) -> adjustment.direction() != Adjustment.Direction.INCREASE)
				.toList();
		}

	}

	/**
	 * A credit note the payer nets off.
	 *
	 * @param number its number as sent
	 * @param amount how much of it the payer uses
	 */
	record CreditNoteClaim(String number, Money amount) {

	}

}
