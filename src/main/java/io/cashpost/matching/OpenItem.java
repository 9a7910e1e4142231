package io.cashpost.matching;

import java.math.BigDecimal;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * An invoice in the matching index. Its open amount follows the decisions taken in the
 * same run, so that two payments in one run never count on the same open amount.
 */
final class OpenItem {

	private Invoice invoice;

	OpenItem(Invoice invoice) {
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

	/** Takes what a decision settles off the open amount (never below zero). */
	void settle(Money settled) {
		BigDecimal left = this.invoice.openAmount().amount().subtract(settled.amount()).max(BigDecimal.ZERO);
		Invoice old = this.invoice;
		this.invoice = new Invoice(old.id(), old.number(), old.customerId(), old.amount(),
				new Money(left, old.openAmount().currency()), old.issueDate(), old.dueDate(), old.discountPercent(),
				old.discountUntil(), old.paymentReference());
	}

	@Override
	public String toString() {
		return this.invoice.number();
	}

}
