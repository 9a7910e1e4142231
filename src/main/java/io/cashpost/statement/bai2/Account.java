package io.cashpost.statement.bai2;

import java.math.BigDecimal;
import java.util.Currency;

import io.cashpost.statement.StatementSummary;

/**
 * One account of a group (03 to 49) while it is read: its balances, what its entries add
 * up to and the control figures its trailer must agree with. Amounts are kept in minor
 * units, as the file writes them.
 */
final class Account {

	private static final int OPENING_LEDGER = 10;

	private static final int CLOSING_LEDGER = 15;

	final String number;

	final Currency currency;

	final int scale;

	final String statementRef;

	final long line;

	private Long opening;

	private Long closing;

	private long controlTotal;

	private int records;

	private int entries;

	private long credits;

	private long debits;

	Account(String number, Currency currency, String statementRef, long line) {
		this.number = number;
		this.currency = currency;
		this.scale = Math.max(0, currency.getDefaultFractionDigits());
		this.statementRef = statementRef;
		this.line = line;
	}

	void countRecords(int count) {
		this.records += count;
	}

	/**
	 * A summary or status amount of the 03 record; other than the ledger balances it is
	 * only counted.
	 */
	void summary(int typeCode, long amount) {
		this.controlTotal = Math.addExact(this.controlTotal, amount);
		if (typeCode == OPENING_LEDGER) {
			this.opening = amount;
		}
		else if (typeCode == CLOSING_LEDGER) {
			this.closing = amount;
		}
	}

	/**
	 * A detail (16); its unsigned amount goes into the control total whatever its
	 * direction.
	 */
	void detail(TypeCode.Direction direction, long amount) {
		this.controlTotal = Math.addExact(this.controlTotal, amount);
		this.entries++;
		if (direction == TypeCode.Direction.CREDIT) {
			this.credits = Math.addExact(this.credits, amount);
		}
		else if (direction == TypeCode.Direction.DEBIT) {
			this.debits = Math.addExact(this.debits, amount);
		}
	}

	long controlTotal() {
		return this.controlTotal;
	}

	int records() {
		return this.records;
	}

	BigDecimal money(long minorUnits) {
		return BigDecimal.valueOf(minorUnits, this.scale);
	}

	StatementSummary summary() {
		return new StatementSummary(this.statementRef, this.number, this.currency,
				(this.opening != null) ? money(this.opening) : null,
				(this.closing != null) ? money(this.closing) : null, this.entries, this.entries, money(this.credits),
				money(this.debits), this.line);
	}

}
