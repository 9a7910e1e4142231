package io.cashpost.statement.bai2;

import java.time.LocalDate;
import java.util.Currency;

/**
 * One group (02 to 98): the accounts of one originator as of one date, and the control
 * figures its trailer must agree with.
 */
final class Group {

	final String originator;

	final LocalDate asOfDate;

	/** The group's default currency, or {@code null}. */
	final Currency currency;

	final long line;

	private long controlTotal;

	private int accounts;

	private int records;

	Group(String originator, LocalDate asOfDate, Currency currency, long line) {
		this.originator = originator;
		this.asOfDate = asOfDate;
		this.currency = currency;
		this.line = line;
	}

	void countRecords(int count) {
		this.records += count;
	}

	void account(long controlTotal) {
		this.accounts++;
		this.controlTotal = Math.addExact(this.controlTotal, controlTotal);
	}

	long controlTotal() {
		return this.controlTotal;
	}

	int accounts() {
		return this.accounts;
	}

	int records() {
		return this.records;
	}

}
