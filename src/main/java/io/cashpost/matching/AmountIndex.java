package io.cashpost.matching;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.IntPredicate;

/**
 * Invoices of one currency by an amount: the amounts as loaded, sorted in one long array
 * beside their rows, and the few a run's own decisions changed (a partial payment leaves
 * another amount open) in a concurrent map beside them. A lookup returns candidates; the
 * caller's test (is this still the amount open?) drops the stale ones, so a settled
 * invoice is never found under its old amount.
 */
final class AmountIndex {

	private final long[] amounts;

	private final int[] rows;

	private final ConcurrentSkipListMap<Long, Set<Integer>> changed = new ConcurrentSkipListMap<>();

	/**
	 * @param rows the rows, ascending
	 * @param amounts the amount of each of them, in the same order
	 */
	AmountIndex(int[] rows, long[] amounts) {
		int[] order = RowSort.byKey(RowSort.rows(rows.length), amounts);
		this.rows = new int[order.length];
		this.amounts = new long[order.length];
		for (int i = 0; i < order.length; i++) {
			this.rows[i] = rows[order[i]];
			this.amounts[i] = amounts[order[i]];
		}
	}

	/** Rows with this amount that pass the test, ascending. */
	int[] exactly(long amount, IntPredicate current) {
		return between(amount, amount, current);
	}

	/** Rows with an amount from {@code low} to {@code high} that pass the test. */
	int[] between(long low, long high, IntPredicate current) {
		if (low > high) {
			return new int[0];
		}
		int[] found = new int[4];
		int count = 0;
		for (int i = firstAtLeast(low); i < this.amounts.length && this.amounts[i] <= high; i++) {
			if (current.test(this.rows[i])) {
				found = room(found, count);
				found[count++] = this.rows[i];
			}
		}
		for (Set<Integer> rows : this.changed.subMap(low, true, high, true).values()) {
			for (int row : rows) {
				if (current.test(row)) {
					found = room(found, count);
					found[count++] = row;
				}
			}
		}
		int[] rows = Arrays.copyOf(found, count);
		Arrays.sort(rows);
		return Arrays.stream(rows).distinct().toArray();
	}

	/** The row now has this amount (and keeps its old one, which the test rules out). */
	void changed(int row, long amount) {
		this.changed.computeIfAbsent(amount, (key) -> ConcurrentHashMap.newKeySet()).add(row);
	}

	private int firstAtLeast(long amount) {
		int low = 0;
		int high = this.amounts.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (this.amounts[middle] < amount) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private static int[] room(int[] found, int count) {
		return (count < found.length) ? found : Arrays.copyOf(found, found.length * 2);
	}

}
