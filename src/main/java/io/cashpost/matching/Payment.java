package io.cashpost.matching;

import java.time.LocalDate;

import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;

/**
 * A staged bank transaction as matching sees it.
 *
 * @param transactionId the staged transaction's id
 * @param sourceKey what this money is called in any file that carries it: the posting key
 * @param bankAccount our bank account it arrived on
 * @param amount signed amount: positive is money received
 * @param valueDate value date (booking date when the bank gave none)
 * @param status whether the bank booked it
 * @param reversal whether it reverses an earlier entry
 * @param debtorName the payer's name, or {@code null}
 * @param debtorAccount the payer's account, or {@code null}
 * @param remittance what the payer wrote
 * @param bankTransactionCode the bank's code for the kind of transaction (camt
 * {@code PMNT/RCDT/ESCT}, MT940 {@code NINT}, BAI2 {@code 354}), or {@code null}
 * @param byCard whether a card acquirer received the money (a sale, refund or chargeback
 * of a settlement report): then {@code bankAccount} names the acquirer's clearing, not a
 * bank account, and the receipt is posted there
 */
public record Payment(long transactionId, String sourceKey, String bankAccount, Money amount, LocalDate valueDate,
		EntryStatus status, boolean reversal, String debtorName, String debtorAccount, RemittanceInfo remittance,
		String bankTransactionCode, boolean byCard) {

	public Payment {
		remittance = (remittance != null) ? remittance : RemittanceInfo.NONE;
	}

	/** Money on a bank account. */
	public Payment(long transactionId, String sourceKey, String bankAccount, Money amount, LocalDate valueDate,
			EntryStatus status, boolean reversal, String debtorName, String debtorAccount, RemittanceInfo remittance,
			String bankTransactionCode) {
		this(transactionId, sourceKey, bankAccount, amount, valueDate, status, reversal, debtorName, debtorAccount,
				remittance, bankTransactionCode, false);
	}

	/** A payment whose bank transaction code is not known. */
	public Payment(long transactionId, String sourceKey, String bankAccount, Money amount, LocalDate valueDate,
			EntryStatus status, boolean reversal, String debtorName, String debtorAccount, RemittanceInfo remittance) {
		this(transactionId, sourceKey, bankAccount, amount, valueDate, status, reversal, debtorName, debtorAccount,
				remittance, null, false);
	}

	public boolean isReceipt() {
		return this.amount.amount().signum() > 0 && !this.reversal;
	}

}
