package io.cashpost.matching;

/**
 * Sorts row numbers by a long key per row, stably (rows with equal keys keep their
 * order), without boxing: a million rows in a fraction of a second where a
 * {@code Comparator} over {@code Integer}s takes seconds.
 */
final class RowSort {

	private RowSort() {
	}

	/** The rows, sorted by {@code keys[row]}; equal keys keep the rows' order. */
	static int[] byKey(int[] rows, long[] keys) {
		int[] from = rows.clone();
		int[] to = new int[rows.length];
		for (int width = 1; width < from.length; width *= 2) {
			for (int start = 0; start < from.length; start += 2 * width) {
				merge(from, to, keys, start, Math.min(start + width, from.length),
						Math.min(start + 2 * width, from.length));
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		return from;
	}

	private static void merge(int[] from, int[] to, long[] keys, int start, int middle, int end) {
		int left = start;
		int right = middle;
		for (int at = start; at < end; at++) {
			if (left < middle && (right >= end || keys[from[left]] <= keys[from[right]])) {
				to[at] = from[left++];
			}
			else {
				to[at] = from[right++];
			}
		}
	}

	/** The rows 0 to {@code size - 1}. */
	static int[] rows(int size) {
		int[] rows = new int[size];
		for (int i = 0; i < size; i++) {
			rows[i] = i;
		}
		return rows;
	}

}
