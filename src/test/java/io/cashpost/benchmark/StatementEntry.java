package io.cashpost.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated bank entry, as {@link Camt053Writer} writes it.
 *
 * @param ref the bank's reference (unique, unless the bank sends an entry twice)
 * @param currency the account's currency
 * @param amount signed: positive is received
 * @param valueDate booking and value date
 * @param code bank transaction code, camt {@code Domain/Family/SubFamily}
 * @param debtorName the payer's (for a debit: the payee's) name, or {@code null}
 * @param debtorIban the payer's (payee's) account, or {@code null}
 * @param text free remittance text, or {@code null}
 * @param creditorReference structured creditor reference, or {@code null}
 * @param documents referred document numbers
 * @param lines structured remittance, one block per document with its amounts (written
 * instead of {@code documents} when there are any)
 */
public record StatementEntry(String ref, String currency, BigDecimal amount, LocalDate valueDate, String code,
		String debtorName, String debtorIban, String text, String creditorReference, List<String> documents,
		List<RemittanceBlock> lines) {

	public StatementEntry {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** An entry without per-document amounts. */
	public StatementEntry(String ref, String currency, BigDecimal amount, LocalDate valueDate, String code,
			String debtorName, String debtorIban, String text, String creditorReference, List<String> documents) {
		this(ref, currency, amount, valueDate, code, debtorName, debtorIban, text, creditorReference, documents,
				List.of());
	}

}
