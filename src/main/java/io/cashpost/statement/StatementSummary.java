package io.cashpost.statement;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A statement once all its entries are read: its balances and whether they add up.
 *
 * @param statementRef the statement's identifier
 * @param account account (IBAN or number)
 * @param currency account currency
 * @param openingBalance signed opening booked balance, or {@code null} when the bank sent
 * none
 * @param closingBalance signed closing booked balance, or {@code null} when the bank sent
 * none
 * @param entries number of entries, whatever their status
 * @param transactions number of transactions after batch entries are split
 * @param creditSum sum of booked credit entries
 * @param debitSum sum of booked debit entries (positive)
 * @param line line where the statement starts (0 when unknown)
 * @param warnings what the reader forgave in this statement, and in the file before it
 */
public record StatementSummary(String statementRef, String account, Currency currency, BigDecimal openingBalance,
		BigDecimal closingBalance, int entries, int transactions, BigDecimal creditSum, BigDecimal debitSum, long line,
		List<StatementWarning> warnings) implements StatementPart {

	public StatementSummary {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/** A summary of a statement read without warnings. */
	public StatementSummary(String statementRef, String account, Currency currency, BigDecimal openingBalance,
			BigDecimal closingBalance, int entries, int transactions, BigDecimal creditSum, BigDecimal debitSum,
			long line) {
		this(statementRef, account, currency, openingBalance, closingBalance, entries, transactions, creditSum,
				debitSum, line, List.of());
	}

	/**
	 * Whether opening balance + credits - debits = closing balance; {@code null} when the
	 * statement carries no opening or closing balance to check against.
	 */
	public Boolean balanced() {
		if (this.openingBalance == null || this.closingBalance == null) {
			return null;
		}
		return this.openingBalance.add(this.creditSum).subtract(this.debitSum).compareTo(this.closingBalance) == 0;
	}

	/** What the entries add up to, to show beside the closing balance the bank stated. */
	public BigDecimal computedClosingBalance() {
		return (this.openingBalance != null) ? this.openingBalance.add(this.creditSum).subtract(this.debitSum) : null;
	}

}
