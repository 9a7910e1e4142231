package io.cashpost.statement;

/** Whether the bank has booked an entry. Only booked entries move money in the ledger. */
public enum EntryStatus {

	/** Booked on the account. */
	BOOKED,
	/** Pending: announced, not yet booked. */
	PENDING,
	/** Information only. */
	INFO;

	public boolean isBooked() {
		return this == BOOKED;
	}

}
