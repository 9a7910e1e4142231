package io.cashpost.posting;

import java.math.BigDecimal;

/**
 * One side of a journal entry.
 *
 * @param accountCode the ledger account
 * @param subAccount what the account is kept by: a bank account, a write-off reason, or
 * {@code null}
 * @param customerId the customer for receivables and customer credit, else {@code null}
 * @param invoiceId the invoice for receivables, else {@code null}
 * @param debit debit amount (zero when a credit)
 * @param credit credit amount (zero when a debit)
 */
public record JournalLine(String accountCode, String subAccount, String customerId, Long invoiceId, BigDecimal debit,
		BigDecimal credit) {

	public static JournalLine debit(String accountCode, String subAccount, String customerId, Long invoiceId,
			BigDecimal amount) {
		return new JournalLine(accountCode, subAccount, customerId, invoiceId, amount, BigDecimal.ZERO);
	}

	public static JournalLine credit(String accountCode, String subAccount, String customerId, Long invoiceId,
			BigDecimal amount) {
		return new JournalLine(accountCode, subAccount, customerId, invoiceId, BigDecimal.ZERO, amount);
	}

	/** The same amount on the other side of the same account. */
	JournalLine reversed() {
		return new JournalLine(this.accountCode, this.subAccount, this.customerId, this.invoiceId, this.credit,
				this.debit);
	}

	/**
	 * The account code with its sub-account, as stored:
	 * {@code 1200:DE75512108001245126199}.
	 */
	String qualifiedAccount() {
		return (this.subAccount != null) ? this.accountCode + ":" + this.subAccount : this.accountCode;
	}

}
