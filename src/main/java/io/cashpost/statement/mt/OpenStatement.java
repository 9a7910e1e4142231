package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Currency;

import io.cashpost.statement.StatementSummary;
import io.cashpost.statement.StatementWarnings;

/**
 * One MT940 statement or MT942 report while it is being read: its identification, its
 * balances and what its entries add up to. Only the running totals are kept, never the
 * entries.
 * <p>
 * Its reference is {@code :20:/:28C:/date} (the opening balance's date, or the MT942
 * report time): German banks send the same {@code :20:} (often {@code STARTUMS}) in every
 * statement, and some a {@code :28C:} of 0, so only the three together tell statements of
 * one account apart.
 */
final class OpenStatement {

	private final int number;

	private final MtField start;

	private final String reference;

	private final boolean declared942;

	private String account;

	private String sequence;

	private Balance opening;

	private Balance closing;

	private Currency currency;

	private String reportTime;

	private boolean intradayFields;

	private EntryTotals debitTotals;

	private EntryTotals creditTotals;

	private MtField debitTotalsField;

	private MtField creditTotalsField;

	private String accountWithoutCurrency;

	private String statementRef;

	private int entries;

	private int debitCount;

	private int creditCount;

	private BigDecimal creditSum = BigDecimal.ZERO;

	private BigDecimal debitSum = BigDecimal.ZERO;

	private BigDecimal reportedCredits = BigDecimal.ZERO;

	private BigDecimal reportedDebits = BigDecimal.ZERO;

	OpenStatement(int number, MtField field) {
		this.number = number;
		this.start = field;
		this.reference = OwnerInformation.Builder.clean(field.firstLine());
		this.declared942 = "942".equals(field.messageType());
	}

	int number() {
		return this.number;
	}

	long line() {
		return this.start.line();
	}

	void account(String value) {
		if (this.account != null) {
			throw new MtFieldException("a second account identification (:25:) in one statement");
		}
		this.account = OwnerInformation.Builder.clean(value.lines().findFirst().orElse(""));
	}

	void sequence(String value) {
		// some banks wrap even this short field
		this.sequence = OwnerInformation.Builder.clean(value.replace("\n", ""));
	}

	void opening(Balance balance) {
		if (balance.currency() == null) {
			throw new MtFieldException("opening balance has no currency after its date");
		}
		if (this.opening != null) {
			throw new MtFieldException("a second opening balance in one statement");
		}
		if (this.entries > 0) {
			throw new MtFieldException("opening balance after the statement lines");
		}
		this.opening = balance;
		this.currency = balance.currency();
	}

	void closing(Balance sent) {
		if (this.closing != null) {
			throw new MtFieldException("a second closing balance in one statement");
		}
		if (sent.currency() == null && this.currency == null) {
			throw new MtFieldException(
					"closing balance has no currency after its date, and no opening balance gives one");
		}
		Balance balance = (sent.currency() == null) ? sent.in(this.currency) : sent;
		if (this.currency != null && !this.currency.equals(balance.currency())) {
			throw new MtFieldException(
					"closing balance in " + balance.currency() + ", opening balance in " + this.currency);
		}
		this.closing = balance;
		this.currency = balance.currency();
	}

	/** {@code :34F:} floor limit: {@code CCC[D|C]amount}; only its currency matters. */
	void floorLimit(String value) {
		String text = value.strip();
		if (text.length() < 4) {
			throw new MtFieldException("floor limit must be a currency and an amount, found '" + text + "'");
		}
		this.intradayFields = true;
		this.currency = (this.currency != null) ? this.currency : SwiftSyntax.currency(text.substring(0, 3));
	}

	/** {@code :13D:} date and time of the report: {@code YYMMDDhhmm+hhmm}. */
	void reportTime(String value) {
		String text = value.strip();
		this.intradayFields = true;
		if (text.length() != 15 || !SwiftSyntax.digits(text, 6, 4) || "+-".indexOf(text.charAt(10)) < 0
				|| !SwiftSyntax.digits(text, 11, 4)) {
			throw new MtFieldException("date and time must be YYMMDDhhmm+hhmm, found '" + text + "'");
		}
		try {
			LocalDateTime time = SwiftSyntax.date(text, 0)
				.atTime(SwiftSyntax.number(text, 6, 2), SwiftSyntax.number(text, 8, 2));
			int offsetMinutes = SwiftSyntax.number(text, 11, 2) * 60 + SwiftSyntax.number(text, 13, 2);
			ZoneOffset offset = ZoneOffset.ofTotalSeconds((text.charAt(10) == '-' ? -60 : 60) * offsetMinutes);
			this.reportTime = time.atOffset(offset).toString();
		}
		catch (DateTimeException ex) {
			throw new MtFieldException("date and time '" + text + "' does not exist");
		}
	}

	void totals(MtField field, EntryTotals totals) {
		this.intradayFields = true;
		if (this.currency != null && !this.currency.equals(totals.currency())) {
			throw new MtFieldException("totals in " + totals.currency() + ", the report is in " + this.currency);
		}
		if (field.is("90D")) {
			this.debitTotals = totals;
			this.debitTotalsField = field;
		}
		else {
			this.creditTotals = totals;
			this.creditTotalsField = field;
		}
	}

	/**
	 * Whether this is an MT942 intraday report: declared so, or without an opening
	 * balance in a file of reports, or carrying the fields only a report has.
	 */
	boolean isReport(boolean reportFile) {
		return this.declared942 || this.intradayFields || (reportFile && this.opening == null);
	}

	/** Checks that a statement line may come now, before it is read. */
	void beforeEntry(boolean reportFile) {
		if (this.closing != null) {
			throw new MtFieldException("statement line after the closing balance");
		}
		if (isReport(reportFile) && this.currency == null) {
			throw new MtFieldException("no floor limit (:34F:) before the first statement line: currency unknown");
		}
		if (!isReport(reportFile) && this.opening == null) {
			throw new MtFieldException("no opening balance (:60F:/:60M:) before the first statement line");
		}
	}

	/**
	 * Adds a statement line's amount to the totals; returns it in the account's scale.
	 * Only booked entries count in the summary's sums, as in every format; an MT942's
	 * totals count all its entries.
	 */
	BigDecimal add(StatementLine line, boolean booked) {
		this.entries++;
		BigDecimal amount = SwiftSyntax.scaled(line.amount(), this.currency);
		if (line.debit()) {
			this.debitCount++;
			this.reportedDebits = this.reportedDebits.add(amount);
			this.debitSum = booked ? this.debitSum.add(amount) : this.debitSum;
			return amount.negate();
		}
		this.creditCount++;
		this.reportedCredits = this.reportedCredits.add(amount);
		this.creditSum = booked ? this.creditSum.add(amount) : this.creditSum;
		return amount;
	}

	Currency currency() {
		return this.currency;
	}

	/** The account, without the currency or BIC some banks add to it. */
	String account() {
		if (this.currency == null || this.account == null) {
			return this.account;
		}
		if (this.accountWithoutCurrency == null) {
			this.accountWithoutCurrency = Accounts.normalised(this.account, this.currency.getCurrencyCode());
		}
		return this.accountWithoutCurrency;
	}

	/** The reference every part of this statement carries, fixed once first asked for. */
	String statementRef() {
		if (this.statementRef == null) {
			StringBuilder ref = new StringBuilder((this.reference != null) ? this.reference : "");
			if (this.sequence != null) {
				ref.append('/').append(this.sequence);
			}
			if (this.opening != null) {
				ref.append('/').append(this.opening.date());
			}
			else if (this.reportTime != null) {
				ref.append('/').append(this.reportTime);
			}
			this.statementRef = ref.toString();
		}
		return this.statementRef;
	}

	/**
	 * The summary once the statement has ended; refuses a statement that misses what its
	 * type requires or whose MT942 totals disagree with its entries.
	 * @param reportFile whether the file holds MT942 reports
	 * @param endOfFile whether the file ended without a message trailer
	 */
	StatementSummary summary(boolean reportFile, boolean endOfFile, StatementWarnings warnings) {
		if (this.account == null) {
			// The entries and balances are whole without it: only which account they are
			// on is left to the person who receives the file.
			warnings.add("statement without account", "statement " + this.number + ", line " + line() + " (:20:)",
					"the statement has no account identification (:25:): read without an account");
		}
		if (isReport(reportFile)) {
			checkTotals();
		}
		else if (this.opening == null) {
			throw new MtFieldException("no opening balance (:60F:/:60M:) in the statement starting here", this.start);
		}
		else if (this.closing == null) {
			throw new MtFieldException(endOfFile
					? "the file ends inside the statement, without a closing balance (:62F:/:62M:): truncated?"
					: "no closing balance (:62F:/:62M:)");
		}
		return new StatementSummary(statementRef(), account(), this.currency,
				(this.opening != null) ? this.opening.amount() : null,
				(this.closing != null) ? this.closing.amount() : null, this.entries, this.entries,
				scaled(this.creditSum), scaled(this.debitSum), line(), warnings.drain());
	}

	private void checkTotals() {
		if (this.currency == null) {
			throw new MtFieldException("no currency: neither a floor limit (:34F:) nor a balance");
		}
		check("debit", this.debitTotals, this.debitTotalsField, this.debitCount, this.reportedDebits);
		check("credit", this.creditTotals, this.creditTotalsField, this.creditCount, this.reportedCredits);
	}

	private void check(String kind, EntryTotals totals, MtField field, int count, BigDecimal sum) {
		if (totals != null && (totals.count() != count || totals.sum().compareTo(sum) != 0)) {
			throw new MtFieldException("states " + totals.count() + " " + kind + " entries for "
					+ totals.currency().getCurrencyCode() + " " + totals.sum().toPlainString() + ", the report holds "
					+ count + " for " + this.currency.getCurrencyCode() + " " + scaled(sum).toPlainString(), field);
		}
	}

	private BigDecimal scaled(BigDecimal amount) {
		return (this.currency != null) ? SwiftSyntax.scaled(amount, this.currency) : amount;
	}

}
