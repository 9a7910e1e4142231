package io.cashpost.statement.camt;

import java.math.BigDecimal;
import java.util.Currency;

import io.cashpost.money.Money;
import io.cashpost.statement.StatementSummary;
import io.cashpost.statement.StatementWarnings;

/**
 * A statement ({@code Stmt}, {@code Rpt} or {@code Ntfctn}) while its entries stream by:
 * its header as far as read, and the running counts and sums.
 * <p>
 * A balance without credit/debit indicator (a Baltic bank leaves it out) is taken as a
 * credit when the statement then adds up, or as the one sign with which it adds up; a
 * warning says so. When no sign makes it add up, or nothing can confirm the sign, the
 * file is refused, or the balance left out of the check.
 */
final class OpenStatement {

	private final long line;

	private String id;

	private String account;

	private Currency currency;

	private Balance opening;

	private boolean openingIsBooked;

	private Balance closing;

	private int entries;

	private int transactions;

	private int presumedBooked;

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

	/**
	 * How a warning or a refusal names this statement: {@code statement S-1 (line 12)}.
	 */
	String position() {
		return "statement " + ((this.id != null) ? this.id + " " : "") + "(line " + this.line + ")";
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
					this.opening = Balance.of(type, bal);
					this.openingIsBooked = true;
				}
			}
			case "PRCD" -> {
				if (this.opening == null) {
					this.opening = Balance.of(type, bal);
				}
			}
			case "CLBD" -> {
				if (this.closing == null) {
					this.closing = Balance.of(type, bal);
				}
			}
			default -> {
			}
		}
	}

	/**
	 * Whether the statement carries an opening and a closing balance to check against.
	 */
	boolean hasBalances() {
		return this.opening != null && this.closing != null;
	}

	/**
	 * Counts an entry; only booked entries move the balance.
	 * @param presumed whether the entry had no status and was read as booked on the
	 * strength of the balances
	 */
	void add(Money signedAmount, boolean booked, int transactionCount, boolean presumed) {
		this.entries++;
		this.transactions += transactionCount;
		if (presumed) {
			this.presumedBooked++;
		}
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

	/**
	 * The summary once the last entry is read, with the warnings of this statement.
	 * @throws IllegalArgumentException when a leniency is not confirmed by the balances
	 */
	StatementSummary summary(String family, StatementWarnings warnings) {
		if ((this.opening != null && this.opening.unsigned()) || (this.closing != null && this.closing.unsigned())) {
			signBalances(warnings);
		}
		StatementSummary summary = summary(warnings);
		if (this.presumedBooked > 0 && Boolean.FALSE.equals(summary.balanced())) {
			throw new IllegalArgumentException(this.presumedBooked
					+ ((this.presumedBooked == 1) ? " entry without status (Sts) was"
							: " entries without status (Sts) were")
					+ " read as booked because the " + family
					+ " carries opening and closing balances, but then it does not add up: opening balance "
					+ summary.openingBalance().toPlainString() + " + credits " + summary.creditSum().toPlainString()
					+ " - debits " + summary.debitSum().toPlainString() + " = "
					+ summary.computedClosingBalance().toPlainString() + ", closing balance "
					+ summary.closingBalance().toPlainString() + "; whether they are booked is unclear");
		}
		return summary;
	}

	private StatementSummary summary(StatementWarnings warnings) {
		Currency statementCurrency = this.currency;
		if (statementCurrency == null && this.opening != null) {
			statementCurrency = this.opening.amount().currency();
		}
		return new StatementSummary(this.id, this.account, statementCurrency, amount(this.opening),
				amount(this.closing), this.entries, this.transactions, this.creditSum, this.debitSum, this.line,
				warnings.drain());
	}

	/**
	 * Signs the balances sent without indicator: as credits when the entries then add up,
	 * else with the one sign that makes them add up.
	 */
	private void signBalances(StatementWarnings warnings) {
		if (!hasBalances()) {
			Balance unsigned = (this.opening != null) ? this.opening : this.closing;
			warnings.add("balance without credit/debit indicator", position(), "balance " + unsigned.type()
					+ " has no credit/debit indicator (CdtDbtInd) and no other balance to check its sign against: "
					+ "left out of the check");
			this.opening = (this.opening != null && this.opening.unsigned()) ? null : this.opening;
			this.closing = (this.closing != null && this.closing.unsigned()) ? null : this.closing;
			return;
		}
		Balance[] fitting = fittingSigns();
		if (fitting == null) {
			throw new IllegalArgumentException(unsigned()
					+ ", and no sign for it makes opening balance + entries = closing balance: the statement cannot be checked");
		}
		boolean allCredit = fitting[0].amount().isSameAs(this.opening.signed(false).amount())
				&& fitting[1].amount().isSameAs(this.closing.signed(false).amount());
		warnings.add("balance without credit/debit indicator", position(),
				unsigned() + ": read as " + reading(fitting)
						+ (allCredit ? ", and opening balance + entries = closing balance"
								: ", the only sign with which opening balance + entries = closing balance"));
		this.opening = fitting[0];
		this.closing = fitting[1];
	}

	/**
	 * The signed opening and closing balances with which the statement adds up: all
	 * credits if they do, else the only other fitting choice; null when none or several
	 * others fit.
	 */
	private Balance[] fittingSigns() {
		Balance[] credits = { this.opening.signed(false), this.closing.signed(false) };
		if (addsUp(credits)) {
			return credits;
		}
		Balance[] found = null;
		for (boolean openingDebit : this.opening.unsigned() ? new boolean[] { false, true } : new boolean[] { false }) {
			for (boolean closingDebit : this.closing.unsigned() ? new boolean[] { false, true }
					: new boolean[] { false }) {
				Balance[] candidate = { this.opening.signed(openingDebit), this.closing.signed(closingDebit) };
				if (addsUp(candidate)) {
					if (found != null) {
						return null;
					}
					found = candidate;
				}
			}
		}
		return found;
	}

	private boolean addsUp(Balance[] balances) {
		return balances[0].amount()
			.amount()
			.add(this.creditSum)
			.subtract(this.debitSum)
			.compareTo(balances[1].amount().amount()) == 0;
	}

	private String unsigned() {
		if (this.opening.unsigned() && this.closing.unsigned()) {
			return "balances " + this.opening.type() + " and " + this.closing.type()
					+ " have no credit/debit indicator (CdtDbtInd)";
		}
		return "balance " + (this.opening.unsigned() ? this.opening.type() : this.closing.type())
				+ " has no credit/debit indicator (CdtDbtInd)";
	}

	/** {@code credit}, or {@code OPBD credit, CLBD debit} when both were unsigned. */
	private String reading(Balance[] fitting) {
		String opening = fitting[0].amount().isNegative() ? "debit" : "credit";
		String closing = fitting[1].amount().isNegative() ? "debit" : "credit";
		if (this.opening.unsigned() && this.closing.unsigned()) {
			return opening.equals(closing) ? opening
					: this.opening.type() + " " + opening + ", " + this.closing.type() + " " + closing;
		}
		return this.opening.unsigned() ? opening : closing;
	}

	private static BigDecimal amount(Balance balance) {
		return (balance != null) ? balance.amount().amount() : null;
	}

	private static Currency currency(String code) {
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown account currency '" + code + "'");
		}
	}

	/**
	 * A booked balance.
	 *
	 * @param type its type code ({@code OPBD}, {@code PRCD}, {@code CLBD})
	 * @param amount its amount, signed when the bank gave its indicator
	 * @param unsigned whether the bank left out its credit/debit indicator
	 */
	private record Balance(String type, Money amount, boolean unsigned) {

		static Balance of(String type, XmlFragment bal) {
			Money amount = FragmentEntries.amount(bal.at("Amt"));
			if (amount == null) {
				throw new IllegalArgumentException("balance " + type + " has no amount (Amt)");
			}
			String creditDebit = bal.text("CdtDbtInd");
			if (creditDebit == null) {
				return new Balance(type, amount, true);
			}
			return switch (creditDebit) {
				case "DBIT" -> new Balance(type, amount.negate(), false);
				case "CRDT" -> new Balance(type, amount, false);
				default -> throw new IllegalArgumentException("balance " + type
						+ " has an unknown credit/debit indicator '" + creditDebit + "' (CdtDbtInd: CRDT or DBIT)");
			};
		}

		/** This balance, or, when unsigned, with the given sign. */
		Balance signed(boolean debit) {
			if (!this.unsigned) {
				return this;
			}
			return new Balance(this.type, debit ? this.amount.negate() : this.amount, false);
		}

	}

}
