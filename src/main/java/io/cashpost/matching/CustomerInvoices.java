package io.cashpost.matching;

import java.util.Arrays;

/**
 * Each customer's invoices, oldest first (due, then issued, then id), as slices of one
 * int array: four bytes per invoice and four per customer, where a map of lists takes
 * some hundred per customer.
 */
final class CustomerInvoices {

	private final int[] starts;

	private final int[] rows;

	private CustomerInvoices(int[] starts, int[] rows) {
		this.starts = starts;
		this.rows = rows;
	}

	static CustomerInvoices of(InvoiceColumns columns) {
		long[] age = new long[columns.size()];
		for (int row = 0; row < age.length; row++) {
			age[row] = columns.age(row);
		}
		int[] oldestFirst = RowSort.byKey(columns.rowsById(), age);
		int[] starts = new int[columns.customerCount() + 1];
		for (int row = 0; row < age.length; row++) {
			starts[columns.customer(row) + 1]++;
		}
		for (int customer = 0; customer < columns.customerCount(); customer++) {
			starts[customer + 1] += starts[customer];
		}
		int[] next = Arrays.copyOf(starts, starts.length - 1);
		int[] rows = new int[age.length];
		for (int row : oldestFirst) {
			rows[next[columns.customer(row)]++] = row;
		}
		return new CustomerInvoices(starts, rows);
	}

	/** The customer's rows, oldest first. */
	int[] rows(int customer) {
		return Arrays.copyOfRange(this.rows, this.starts[customer], this.starts[customer + 1]);
	}

}
