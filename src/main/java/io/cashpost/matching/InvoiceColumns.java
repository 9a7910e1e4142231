package io.cashpost.matching;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * The open invoices of a matching run as columns of primitives, one row per invoice:
 * amounts in ten-thousandths, dates as epoch days, numbers and references in a
 * {@link TextPool}, customers, currencies and discount rates as numbers into shared
 * tables. Some 60 bytes and the texts per invoice, where an {@link Invoice} with its
 * strings, dates and {@link Money} takes about 500. An {@link Invoice} is made again for
 * the few rows a payment looks at.
 * <p>
 * The open amount is the one column a run changes, atomically, so that threads deciding
 * at once read it safely; everything else is fixed once built.
 */
final class InvoiceColumns {

	private static final int NO_DATE = Integer.MIN_VALUE;

	private static final VarHandle OPEN = MethodHandles.arrayElementVarHandle(long[].class);

	private final int size;

	private final long[] ids;

	private final int[] rowsById;

	private final int[] customers;

	private final String[] customerIds;

	private final KeyTable customerNumbers;

	private final byte[] currencies;

	private final Currency[] currencyTable;

	private final long[] amounts;

	/** Read and changed through {@link #OPEN}: atomically, without a wrapper. */
	private final long[] open;

	private final int[] issueDays;

	private final int[] dueDays;

	private final int[] discountUntilDays;

	private final char[] rates;

	private final BigDecimal[] rateTable;

	private final int[] numbers;

	private final int[] references;

	private final TextPool texts;

	/**
	 * Takes the builder's arrays, cut to size one at a time (the builder lets go of
	 * each), so that the build never holds every column twice.
	 */
	private InvoiceColumns(Builder built) {
		int size = built.size;
		this.size = size;
		this.ids = Arrays.copyOf(built.ids, size);
		built.ids = null;
		this.customers = Arrays.copyOf(built.customers, size);
		built.customers = null;
		this.currencies = Arrays.copyOf(built.currencies, size);
		built.currencies = null;
		this.amounts = Arrays.copyOf(built.amounts, size);
		built.amounts = null;
		this.open = Arrays.copyOf(built.open, size);
		built.open = null;
		this.issueDays = Arrays.copyOf(built.issueDays, size);
		built.issueDays = null;
		this.dueDays = Arrays.copyOf(built.dueDays, size);
		built.dueDays = null;
		this.discountUntilDays = Arrays.copyOf(built.discountUntilDays, size);
		built.discountUntilDays = null;
		this.rates = Arrays.copyOf(built.rates, size);
		built.rates = null;
		this.numbers = Arrays.copyOf(built.numbers, size);
		built.numbers = null;
		this.references = Arrays.copyOf(built.references, size);
		built.references = null;
		this.customerIds = built.customerIds.toArray(String[]::new);
		this.customerNumbers = built.customerNumbers;
		this.currencyTable = built.currencyTable.toArray(Currency[]::new);
		this.rateTable = built.rateTable.toArray(BigDecimal[]::new);
		this.texts = built.texts;
		this.rowsById = RowSort.byKey(RowSort.rows(size), this.ids);
	}

	int size() {
		return this.size;
	}

	/** The invoice as it stands now in this run. */
	Invoice invoice(int row) {
		Currency currency = currency(row);
		Money amount = Amounts.money(this.amounts[row], currency);
		long open = open(row);
		Money openAmount = (open == this.amounts[row]) ? amount : Amounts.money(open, currency);
		return new Invoice(this.ids[row], number(row), this.customerIds[this.customers[row]], amount, openAmount,
				date(this.issueDays[row]), date(this.dueDays[row]), this.rateTable[this.rates[row]],
				date(this.discountUntilDays[row]), reference(row));
	}

	String number(int row) {
		return this.texts.get(this.numbers[row]);
	}

	/** The payment reference, or {@code null}. */
	String reference(int row) {
		return this.texts.get(this.references[row]);
	}

	Currency currency(int row) {
		return this.currencyTable[this.currencies[row]];
	}

	long amount(int row) {
		return this.amounts[row];
	}

	/** What is open now, in ten-thousandths. */
	long open(int row) {
		return (long) OPEN.getVolatile(this.open, row);
	}

	int customer(int row) {
		return this.customers[row];
	}

	/** The number of a customer with open invoices, or -1. */
	int customerNumber(String customerId) {
		if (customerId == null) {
			return -1;
		}
		for (int candidate : this.customerNumbers.candidates(customerId)) {
			if (this.customerIds[candidate].equals(customerId)) {
				return candidate;
			}
		}
		return -1;
	}

	int customerCount() {
		return this.customerIds.length;
	}

	/** Due date, then issue date, as one key that sorts the oldest first. */
	long age(int row) {
		return ((long) this.dueDays[row] << 32) | (this.issueDays[row] - (long) Integer.MIN_VALUE);
	}

	/** The row of the invoice with this id, or -1. */
	int row(long invoiceId) {
		int low = 0;
		int high = this.size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			long id = this.ids[this.rowsById[middle]];
			if (id < invoiceId) {
				low = middle + 1;
			}
			else if (id > invoiceId) {
				high = middle - 1;
			}
			else {
				return this.rowsById[middle];
			}
		}
		return -1;
	}

	/** The rows in id order: the order ties are broken in. */
	int[] rowsById() {
		return this.rowsById.clone();
	}

	/**
	 * Takes what a decision settles off the open amount (never below zero).
	 * @return what is open afterwards
	 */
	long settle(int row, long settled) {
		long left;
		long before;
		do {
			before = open(row);
			left = Math.max(0, before - settled);
		}
		while (!OPEN.compareAndSet(this.open, row, before, left));
		return left;
	}

	private static LocalDate date(int day) {
		return (day == NO_DATE) ? null : LocalDate.ofEpochDay(day);
	}

	/** Collects the columns, one invoice at a time. */
	static final class Builder {

		private int size;

		private long[] ids = new long[64];

		private int[] customers = new int[64];

		private final List<String> customerIds = new ArrayList<>();

		private final KeyTable customerNumbers = new KeyTable();

		private byte[] currencies = new byte[64];

		private final List<Currency> currencyTable = new ArrayList<>();

		private long[] amounts = new long[64];

		private long[] open = new long[64];

		private int[] issueDays = new int[64];

		private int[] dueDays = new int[64];

		private int[] discountUntilDays = new int[64];

		private char[] rates = new char[64];

		private final List<BigDecimal> rateTable = new ArrayList<>(List.of(BigDecimal.ZERO));

		private final Map<BigDecimal, Character> rateNumbers = new HashMap<>();

		private int[] numbers = new int[64];

		private int[] references = new int[64];

		private final TextPool texts = new TextPool();

		Builder() {
			this.rateTable.set(0, null);
		}

		/**
		 * Adds the invoice.
		 * @return its row, or -1 when an amount cannot be held in ten-thousandths (above
		 * 900 trillion)
		 */
		int add(Invoice invoice) {
			long amount = Amounts.units(invoice.amount());
			long open = Amounts.units(invoice.openAmount());
			if (amount == Amounts.NO_KEY || open == Amounts.NO_KEY) {
				return -1;
			}
			ensureRoom();
			int row = this.size++;
			this.ids[row] = invoice.id();
			this.customers[row] = customerNumber(invoice.customerId());
			this.currencies[row] = currencyNumber(invoice.amount().currency());
			this.amounts[row] = amount;
			this.open[row] = open;
			this.issueDays[row] = day(invoice.issueDate());
			this.dueDays[row] = day(invoice.dueDate());
			this.discountUntilDays[row] = day(invoice.discountUntil());
			this.rates[row] = rateNumber(invoice.discountPercent());
			this.numbers[row] = this.texts.add(invoice.number());
			this.references[row] = this.texts.add(invoice.paymentReference());
			return row;
		}

		InvoiceColumns build() {
			return new InvoiceColumns(this);
		}

		private int customerNumber(String customerId) {
			for (int candidate : this.customerNumbers.candidates(customerId)) {
				if (this.customerIds.get(candidate).equals(customerId)) {
					return candidate;
				}
			}
			this.customerIds.add(customerId);
			this.customerNumbers.put(customerId, this.customerIds.size() - 1);
			return this.customerIds.size() - 1;
		}

		private byte currencyNumber(Currency currency) {
			int number = this.currencyTable.indexOf(currency);
			if (number < 0) {
				if (this.currencyTable.size() == Byte.MAX_VALUE) {
					throw new IllegalStateException("open invoices in more than 127 currencies");
				}
				this.currencyTable.add(currency);
				number = this.currencyTable.size() - 1;
			}
			return (byte) number;
		}

		private char rateNumber(BigDecimal rate) {
			if (rate == null) {
				return 0;
			}
			Character number = this.rateNumbers.get(rate);
			if (number == null) {
				if (this.rateTable.size() == Character.MAX_VALUE) {
					throw new IllegalStateException("more than 65,534 different discount rates");
				}
				this.rateTable.add(rate);
				number = (char) (this.rateTable.size() - 1);
				this.rateNumbers.put(rate, number);
			}
			return number;
		}

		private static int day(LocalDate date) {
			return (date != null) ? Math.toIntExact(date.toEpochDay()) : NO_DATE;
		}

		private void ensureRoom() {
			if (this.size < this.ids.length) {
				return;
			}
			int capacity = this.ids.length + (this.ids.length >> 1);
			this.ids = Arrays.copyOf(this.ids, capacity);
			this.customers = Arrays.copyOf(this.customers, capacity);
			this.currencies = Arrays.copyOf(this.currencies, capacity);
			this.amounts = Arrays.copyOf(this.amounts, capacity);
			this.open = Arrays.copyOf(this.open, capacity);
			this.issueDays = Arrays.copyOf(this.issueDays, capacity);
			this.dueDays = Arrays.copyOf(this.dueDays, capacity);
			this.discountUntilDays = Arrays.copyOf(this.discountUntilDays, capacity);
			this.rates = Arrays.copyOf(this.rates, capacity);
			this.numbers = Arrays.copyOf(this.numbers, capacity);
			this.references = Arrays.copyOf(this.references, capacity);
		}

	}

}
