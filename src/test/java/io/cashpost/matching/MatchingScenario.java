package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.cashpost.benchmark.RemittanceBlock;
import io.cashpost.benchmark.StatementEntry;

/**
 * Generated customers, invoices and bank entries, with the truth for every entry: what a
 * careful person would do with it.
 *
 * @param customers the customers
 * @param invoices their invoices, open when the statements arrive
 * @param entries bank entries, by day
 * @param truth what should happen to each entry, by its bank reference
 * @param ownAccounts our bank accounts, by currency code
 */
record MatchingScenario(List<Customer> customers, List<GeneratedInvoice> invoices, List<Entry> entries,
		Map<String, Truth> truth, Map<String, String> ownAccounts) {

	/**
	 * @param id customer id
	 * @param name its name as the ERP has it
	 * @param importedIban the payer account the invoice import knows, or {@code null}
	 */
	record Customer(String id, String name, String importedIban) {

	}

	/**
	 * An invoice, or a credit note ({@code creditNote}): the import's
	 * {@code document_type}.
	 */
	record GeneratedInvoice(String number, String customerId, String currency, BigDecimal amount, LocalDate issueDate,
			LocalDate dueDate, BigDecimal discountPercent, LocalDate discountUntil, String paymentReference,
			boolean creditNote) {

		GeneratedInvoice(String number, String customerId, String currency, BigDecimal amount, LocalDate issueDate,
				LocalDate dueDate, BigDecimal discountPercent, LocalDate discountUntil, String paymentReference) {
			this(number, customerId, currency, amount, issueDate, dueDate, discountPercent, discountUntil,
					paymentReference, false);
		}

		BigDecimal discount() {
			return (this.discountPercent == null) ? BigDecimal.ZERO
					: this.amount.multiply(this.discountPercent)
						.movePointLeft(2)
						.setScale(2, java.math.RoundingMode.HALF_UP);
		}

	}

	/**
	 * One bank entry.
	 *
	 * @param ref the bank's reference (unique)
	 * @param day 1 or 2: which day's statement file
	 * @param currency the account's currency (one statement per currency and day)
	 * @param amount signed: positive is received
	 * @param valueDate value date
	 * @param code bank transaction code, camt {@code Domain/Family/SubFamily}
	 * @param debtorName payer's name, or {@code null}
	 * @param debtorIban payer's account, or {@code null}
	 * @param text free remittance text, or {@code null}
	 * @param creditorReference structured creditor reference, or {@code null}
	 * @param documents referred document numbers
	 * @param lines structured remittance with amounts per document, or none
	 */
	record Entry(String ref, int day, String currency, BigDecimal amount, LocalDate valueDate, String code,
			String debtorName, String debtorIban, String text, String creditorReference, List<String> documents,
			List<RemittanceBlock> lines) {

		Entry {
			lines = (lines != null) ? List.copyOf(lines) : List.of();
		}

		Entry(String ref, int day, String currency, BigDecimal amount, LocalDate valueDate, String code,
				String debtorName, String debtorIban, String text, String creditorReference, List<String> documents) {
			this(ref, day, currency, amount, valueDate, code, debtorName, debtorIban, text, creditorReference,
					documents, List.of());
		}

		StatementEntry onStatement() {
			return new StatementEntry(this.ref, this.currency, this.amount, this.valueDate, this.code, this.debtorName,
					this.debtorIban, this.text, this.creditorReference, this.documents, this.lines);
		}

	}

	/** What should happen to an entry. */
	enum Expected {

		/** Enough evidence: posted automatically, to exactly these invoices. */
		AUTO,
		/** Not enough evidence (or contradicting evidence): a person decides. */
		EXCEPTION,
		/** Not a receivable: classified, neither posted nor queued. */
		CLASSIFIED,
		/**
		 * Enough evidence only once another payment of the run has settled a competing
		 * invoice: posted to exactly these invoices or referred, both are right.
		 */
		EITHER

	}

	/**
	 * @param ref the entry
	 * @param caseType what kind of case it is, e.g. {@code text_typo}
	 * @param expected what should happen
	 * @param allocations for {@code AUTO}: what goes to which invoice
	 * @param onAccount for {@code AUTO}: what goes on account
	 */
	record Truth(String ref, String caseType, Expected expected, List<Allocation> allocations, BigDecimal onAccount) {

	}

	/**
	 * An expected allocation: cash, discount and write-off on one invoice; credit from
	 * credit notes (on a credit note: its credit used), and what the payer deducted and
	 * left open with its reason.
	 */
	record Allocation(String invoiceNumber, BigDecimal applied, BigDecimal discount, BigDecimal writeOff,
			BigDecimal credit, BigDecimal deduction, String deductionReason) {

		Allocation(String invoiceNumber, BigDecimal applied, BigDecimal discount, BigDecimal writeOff) {
			this(invoiceNumber, applied, discount, writeOff, BigDecimal.ZERO, BigDecimal.ZERO, null);
		}

		static Allocation full(GeneratedInvoice invoice) {
			return new Allocation(invoice.number(), invoice.amount(), BigDecimal.ZERO, BigDecimal.ZERO);
		}

		/** What it takes off the invoice's open amount. */
		BigDecimal settles() {
			return this.applied.add(this.discount).add(this.writeOff).add(this.credit);
		}

		/** The same, with amounts compared by value. */
		String key() {
			String key = this.invoiceNumber + " " + this.applied.stripTrailingZeros().toPlainString() + " "
					+ this.discount.stripTrailingZeros().toPlainString() + " "
					+ this.writeOff.stripTrailingZeros().toPlainString();
			if (this.credit.signum() != 0) {
				key += " credit " + this.credit.stripTrailingZeros().toPlainString();
			}
			if (this.deduction.signum() != 0) {
				key += " deducted " + this.deduction.stripTrailingZeros().toPlainString() + " " + this.deductionReason;
			}
			return key;
		}

	}

}
