package io.cashpost.statement;

import java.time.LocalDate;

import io.cashpost.money.Money;

/**
 * One movement on a bank account, normalised from whatever format the bank sent. A
 * batch-booked entry yields one transaction per detail, all with the same
 * {@code entryIndex}.
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
 * @param reversal whether the bank reverses an earlier entry
 * @param bankTransactionCode the bank transaction code (e.g. {@code PMNT/RCDT/ESCT}), or
 * {@code null}
 * @param debtorName name of the payer, or {@code null}
 * @param debtorAccount account of the payer, or {@code null}
 * @param remittance what the payer wrote
 */
public record BankTransaction(String statementRef, int entryIndex, int splitIndex, long line, String entryRef,
		String endToEndId, String account, Money amount, LocalDate bookingDate, LocalDate valueDate, EntryStatus status,
		boolean reversal, String bankTransactionCode, String debtorName, String debtorAccount,
		RemittanceInfo remittance) implements StatementPart {

	public boolean isCredit() {
		return this.amount.amount().signum() > 0;
	}

}
