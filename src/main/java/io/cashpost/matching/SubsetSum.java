package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the combination of amounts that adds up to a target, and whether it is the only
 * one. Bounded (items, combination size, search steps) and deterministic: the same input
 * always gives the same answer, and a search that runs out of steps says so rather than
 * guessing.
 */
final class SubsetSum {

	private final long[] amounts;

	private final Integer[] order;

	private final long[] suffix;

	private final int minSize;

	private final int maxSize;

	private final int maxSteps;

	private final List<int[]> found = new ArrayList<>(2);

	private int steps;

	private SubsetSum(long[] amounts, int minSize, int maxSize, int maxSteps) {
		this.amounts = amounts;
		this.order = IntStream.range(0, amounts.length)
			.boxed()
			.sorted(Comparator.comparingLong((Integer i) -> -amounts[i]).thenComparingInt((i) -> i))
			.toArray(Integer[]::new);
		this.suffix = new long[amounts.length + 1];
		for (int i = amounts.length - 1; i >= 0; i--) {
			this.suffix[i] = this.suffix[i + 1] + amounts[this.order[i]];
		}
		this.minSize = minSize;
		this.maxSize = maxSize;
		this.maxSteps = maxSteps;
	}

	/**
	 * Searches combinations of {@code minSize} to {@code maxSize} of the (positive)
	 * amounts.
	 */
	static Result search(long[] amounts, long target, int minSize, int maxSize, int maxSteps) {
		SubsetSum search = new SubsetSum(amounts, minSize, maxSize, maxSteps);
		boolean complete = search.from(0, target, new int[maxSize], 0);
		if (!complete) {
			return new Result(Outcome.GAVE_UP, new int[0]);
		}
		if (search.found.isEmpty()) {
			return new Result(Outcome.NONE, new int[0]);
		}
		int[] first = search.found.get(0);
		Arrays.sort(first);
		return new Result((search.found.size() == 1) ? Outcome.UNIQUE : Outcome.SEVERAL, first);
	}

	/** Returns false when the step budget ran out before the search was complete. */
	private boolean from(int start, long remaining, int[] chosen, int size) {
		if (remaining == 0 && size >= this.minSize) {
			this.found.add(Arrays.copyOf(chosen, size));
			return true;
		}
		if (size == this.maxSize || remaining <= 0) {
			return true;
		}
		for (int i = start; i < this.order.length && this.found.size() < 2; i++) {
			if (++this.steps > this.maxSteps) {
				return false;
			}
			if (this.suffix[i] < remaining) {
				return true;
			}
			long amount = this.amounts[this.order[i]];
			if (amount > remaining) {
				continue;
			}
			chosen[size] = this.order[i];
			if (!from(i + 1, remaining - amount, chosen, size + 1)) {
				return false;
			}
		}
		return true;
	}

	enum Outcome {

		/** Exactly one combination adds up. */
		UNIQUE,
		/** More than one does: which is meant is not known. */
		SEVERAL,
		/** None does. */
		NONE,
		/** The search ran out of steps: nothing can be said. */
		GAVE_UP

	}

	/**
	 * What the search found.
	 *
	 * @param outcome unique, several, none or gave up
	 * @param indices for {@code UNIQUE} (and the first of {@code SEVERAL}), the positions
	 * of the amounts that add up, ascending
	 */
	record Result(Outcome outcome, int[] indices) {

	}

}
