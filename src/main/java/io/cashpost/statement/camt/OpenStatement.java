package io.cashpost.statement.camt;

import java.math.BigDecimal;
import java.util.Currency;

import io.cashpost.money.Money;
import io.cashpost.statement.StatementSummary;

/**
 * A statement ({@code Stmt}, {@code Rpt} or {@code Ntfctn}) while its entries stream by:
 * its header as far as read, and the running counts and sums.
 */
final class OpenStatement {

	private final long line;

	private String id;

	private String account;

	private Currency currency;

	private Money opening;

	private boolean openingIsBooked;

	private Money closing;

	private int entries;

	private int transactions;

	private BigDecimal creditSum = BigDecimal.ZERO;

	private BigDecimal debitSum = BigDecimal.ZERO;

	OpenStatement(long line) {
		this.line = line;
	}

	void id(String id) {
		this.id = id;
	}

	String id() {
		return this.id;
	}

	String account() {
		return this.account;
	}

	void account(XmlFragment acct) {
		this.account = FragmentEntries.account(acct);
		String ccy = acct.text("Ccy");
		if (ccy != null) {
			this.currency = currency(ccy);
		}
	}

	/**
	 * Opening: {@code OPBD}, else {@code PRCD} (yesterday's closing); closing:
	 * {@code CLBD}. Interim and available balances do not take part in the check.
	 */
	void balance(XmlFragment bal) {
		String type = bal.text("Tp/CdOrPrtry/Cd");
		if (type == null) {
			type = bal.text("Tp/Cd");
		}
		if (type == null) {
			return;
		}
		switch (type) {
			case "OPBD" -> {
				if (!this.openingIsBooked) {
					this.opening = signedBalance(bal);
					this.openingIsBooked = true;
				}
			}
			case "PRCD" -> {
				if (this.opening == null) {
					this.opening = signedBalance(bal);
				}
			}
			case "CLBD" -> {
				if (this.closing == null) {
					this.closing = signedBalance(bal);
				}
			}
			default -> {
			}
		}
	}

	/** Counts an entry; only booked entries move the balance. */
	void add(Money signedAmount, boolean booked, int transactionCount) {
		this.entries++;
		this.transactions += transactionCount;
		if (this.currency == null) {
			this.currency = signedAmount.currency();
		}
		if (booked) {
			if (signedAmount.isNegative()) {
				this.debitSum = this.debitSum.add(signedAmount.amount().negate());
			}
			else {
				this.creditSum = this.creditSum.add(signedAmount.amount());
			}
		}
	}

	StatementSummary summary() {
		Currency statementCurrency = this.currency;
		if (statementCurrency == null && this.opening != null) {
			statementCurrency = this.opening.currency();
		}
		return new StatementSummary(this.id, this.account, statementCurrency, amount(this.opening),
				amount(this.closing), this.entries, this.transactions, this.creditSum, this.debitSum, this.line);
	}

	private static BigDecimal amount(Money money) {
		return (money != null) ? money.amount() : null;
	}

	private static Money signedBalance(XmlFragment bal) {
		Money amount = FragmentEntries.amount(bal.at("Amt"));
		if (amount == null) {
			throw new IllegalArgumentException("balance " + bal.text("Tp/CdOrPrtry/Cd") + " has no amount");
		}
		String creditDebit = bal.text("CdtDbtInd");
		if ("DBIT".equals(creditDebit)) {
			return amount.negate();
		}
		if ("CRDT".equals(creditDebit)) {
			return amount;
		}
		throw new IllegalArgumentException("balance has no valid credit/debit indicator (CdtDbtInd)");
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown account currency '" + code + "'");
		}
	}

}
