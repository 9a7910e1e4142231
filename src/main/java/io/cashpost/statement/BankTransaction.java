package io.cashpost.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.cashpost.money.Money;

/**
 * One movement on a bank account, normalised from whatever format the bank sent. A
 * batch-booked entry yields one transaction per detail, all with the same
 * {@code entryIndex}. Readers build it with {@link #builder()}.
 *
 * @param statementRef the statement's identifier, unique for the account
 * @param entryIndex 1-based position of the entry in the file
 * @param splitIndex 0 for an entry with at most one detail, else the 1-based detail
 * number
 * @param line line in the file where the entry starts (0 when unknown)
 * @param entryRef the bank's own reference of the transaction (camt {@code AcctSvcrRef}
 * of the details, else of the entry; MT940 field 61 bank reference; BAI2 bank reference)
 * @param endToEndId the payer's end-to-end id, or {@code null}
 * @param account the statement's account (IBAN or account number)
 * @param amount signed amount: positive is money received, negative is money paid out
 * @param bookingDate booking date, or {@code null}
 * @param valueDate value date, or {@code null}
 * @param status booked, pending or information
 * @param reversal whether the bank reverses an earlier entry (camt {@code RvslInd}, MT940
 * {@code RC}/{@code RD}, a BAI2 return type code)
 * @param bankTransactionCode the bank transaction code (e.g. {@code PMNT/RCDT/ESCT},
 * MT940 {@code NTRF}, BAI2 {@code 165}), or {@code null}
 * @param debtorName name of the payer, or {@code null}
 * @param debtorAccount account of the payer, or {@code null}
 * @param remittance what the payer wrote
 * @param details what some banks add: mandate, ultimate debtor, return reason, instructed
 * amount, charges, exchange rate
 */
public record BankTransaction(String statementRef, int entryIndex, int splitIndex, long line, String entryRef,
		String endToEndId, String account, Money amount, LocalDate bookingDate, LocalDate valueDate, EntryStatus status,
		boolean reversal, String bankTransactionCode, String debtorName, String debtorAccount,
		RemittanceInfo remittance, Details details) implements StatementPart {

	public BankTransaction {
		remittance = (remittance != null) ? remittance : RemittanceInfo.NONE;
		details = (details != null) ? details : Details.NONE;
	}

	public boolean isCredit() {
		return this.amount.amount().signum() > 0;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Further facts about a transaction, each {@code null} when the bank did not send it.
	 *
	 * @param mandateId direct-debit mandate id
	 * @param ultimateDebtorName the party on whose behalf the debtor paid
	 * @param returnReason return reason code (e.g. ISO {@code AC04}, {@code MD06})
	 * @param instructedAmount the amount the payer instructed, when it differs from the
	 * booked one (currency exchange, deducted charges)
	 * @param charges charges the bank deducted
	 * @param exchangeRate exchange rate applied
	 */
	public record Details(String mandateId, String ultimateDebtorName, String returnReason, Money instructedAmount,
			Money charges, BigDecimal exchangeRate) {

		public static final Details NONE = new Details(null, null, null, null, null, null);

	}

	/** Builds a transaction field by field; unset fields are {@code null}, false or 0. */
	public static final class Builder {

		private String statementRef;

		private int entryIndex;

		private int splitIndex;

		private long line;

		private String entryRef;

		private String endToEndId;

		private String account;

		private Money amount;

		private LocalDate bookingDate;

		private LocalDate valueDate;

		private EntryStatus status = EntryStatus.BOOKED;

		private boolean reversal;

		private String bankTransactionCode;

		private String debtorName;

		private String debtorAccount;

		private RemittanceInfo remittance = RemittanceInfo.NONE;

		private Details details = Details.NONE;

		private Builder() {
		}

		public Builder statementRef(String statementRef) {
			this.statementRef = statementRef;
			return this;
		}

		public Builder entryIndex(int entryIndex) {
			this.entryIndex = entryIndex;
			return this;
		}

		public Builder splitIndex(int splitIndex) {
			this.splitIndex = splitIndex;
			return this;
		}

		public Builder line(long line) {
			this.line = line;
			return this;
		}

		public Builder entryRef(String entryRef) {
			this.entryRef = entryRef;
			return this;
		}

		public Builder endToEndId(String endToEndId) {
			this.endToEndId = endToEndId;
			return this;
		}

		public Builder account(String account) {
			this.account = account;
			return this;
		}

		public Builder amount(Money amount) {
			this.amount = amount;
			return this;
		}

		public Builder bookingDate(LocalDate bookingDate) {
			this.bookingDate = bookingDate;
			return this;
		}

		public Builder valueDate(LocalDate valueDate) {
			this.valueDate = valueDate;
			return this;
		}

		public Builder status(EntryStatus status) {
			this.status = status;
			return this;
		}

		public Builder reversal(boolean reversal) {
			this.reversal = reversal;
			return this;
		}

		public Builder bankTransactionCode(String bankTransactionCode) {
			this.bankTransactionCode = bankTransactionCode;
			return this;
		}

		public Builder debtorName(String debtorName) {
			this.debtorName = debtorName;
			return this;
		}

		public Builder debtorAccount(String debtorAccount) {
			this.debtorAccount = debtorAccount;
			return this;
		}

		public Builder remittance(RemittanceInfo remittance) {
			this.remittance = remittance;
			return this;
		}

		public Builder details(Details details) {
			this.details = details;
			return this;
		}

		public BankTransaction build() {
			return new BankTransaction(this.statementRef, this.entryIndex, this.splitIndex, this.line, this.entryRef,
					this.endToEndId, this.account, this.amount, this.bookingDate, this.valueDate, this.status,
					this.reversal, this.bankTransactionCode, this.debtorName, this.debtorAccount, this.remittance,
					this.details);
		}

	}

}
