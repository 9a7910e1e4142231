package io.cashpost.matching;

import java.util.Comparator;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * An invoice in the matching index as one decision sees it: its row in the index and the
 * invoice as it stood when looked up (what the run's earlier decisions left open). Two
 * items are the same invoice when they have the same row.
 */
final class OpenItem {

	/**
	 * The order in which candidates are offered: due first, then issued first, then id.
	 */
	static final Comparator<OpenItem> OLDEST_FIRST = Comparator.comparing((OpenItem item) -> item.invoice().dueDate())
		.thenComparing((item) -> item.invoice().issueDate())
		.thenComparingLong(OpenItem::id);

	private final int row;

	private final Invoice invoice;

	OpenItem(int row, Invoice invoice) {
		this.row = row;
		this.invoice = invoice;
	}

	Invoice invoice() {
		return this.invoice;
	}

	long id() {
		return this.invoice.id();
	}

	String customerId() {
		return this.invoice.customerId();
	}

	Money open() {
		return this.invoice.openAmount();
	}

	boolean isOpen() {
		return this.invoice.isOpen();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OpenItem item && item.row == this.row;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(this.row);
	}

	@Override
	public String toString() {
		return this.invoice.number();
	}

}
