package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a person decides about an exception. The first four move its money out of
 * suspense; {@link Dismiss} closes an item that holds no money (a duplicate, a return
 * whose original Cashpost never posted).
 */
public sealed interface Resolution permits Resolution.Assign, Resolution.OnAccount, Resolution.NonReceivable,
		Resolution.Refund, Resolution.Dismiss {

	/** The kind as stored: {@code assign}, {@code on_account}, ... */
	String kind();

	/** The decision in words, for the resolution record. */
	String describe();

	/** Whether it moves money out of suspense. */
	default boolean movesMoney() {
		return true;
	}

	/**
	 * Apply to invoices, amounts given; what is left goes on the invoices' customer's
	 * account.
	 *
	 * @param amounts invoice number to amount, in the order given
	 */
	record Assign(Map<String, BigDecimal> amounts) implements Resolution {

		public Assign {
			amounts = new LinkedHashMap<>(amounts);
		}

		@Override
		public String kind() {
			return "assign";
		}

		@Override
		public String describe() {
			return "assign " + this.amounts.entrySet()
				.stream()
				.map((entry) -> entry.getKey() + "=" + entry.getValue().toPlainString())
				.collect(Collectors.joining(" "));
		}

	}

	/**
	 * Put on the customer's account as credit.
	 *
	 * @param customerId the customer
	 */
	record OnAccount(String customerId) implements Resolution {

		@Override
		public String kind() {
			return "on_account";
		}

		@Override
		public String describe() {
			return "on account for " + this.customerId;
		}

	}

	/**
	 * Not a receivable: book it to this ledger account.
	 *
	 * @param account the account code
	 */
	record NonReceivable(String account) implements Resolution {

		@Override
		public String kind() {
			return "non_receivable";
		}

		@Override
		public String describe() {
			return "non-receivable to " + this.account;
		}

	}

	/** Pay it back to the payer. */
	record Refund() implements Resolution {

		@Override
		public String kind() {
			return "refund";
		}

		@Override
		public String describe() {
			return "refund";
		}

	}

	/** Nothing to move: close the item. */
	record Dismiss() implements Resolution {

		@Override
		public String kind() {
			return "dismiss";
		}

		@Override
		public String describe() {
			return "dismiss";
		}

		@Override
		public boolean movesMoney() {
			return false;
		}

	}

}
