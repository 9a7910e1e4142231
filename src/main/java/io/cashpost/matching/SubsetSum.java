package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the combinations of amounts that add up to a target, and whether there is exactly
 * one. Bounded (items, combination size, search steps) and deterministic: the same input
 * always gives the same answer, and a search that runs out of steps says so rather than
 * guessing.
 * <p>
 * When every combination of up to half the size can be listed within the step budget (60
 * amounts and combinations of up to 6 need 36,000), the search meets in the middle and is
 * always complete; beyond that it walks the combinations largest amount first, pruning
 * what cannot add up, until the budget runs out.
 */
final class SubsetSum {

	private SubsetSum() {
	}

	/**
	 * Searches combinations of {@code minSize} to {@code maxSize} of the (positive)
	 * amounts.
	 */
	static Result search(long[] amounts, long target, int minSize, int maxSize, int maxSteps) {
		if (minSize < 2) {
			throw new IllegalArgumentException("a combination has at least two amounts, not " + minSize);
		}
		int size = Math.min(maxSize, amounts.length);
		if (size < minSize || target <= 0) {
			return new Result(Outcome.NONE, List.of());
		}
		if (MeetInTheMiddle.canList(amounts.length, size) && halves(amounts.length, (size + 1) / 2) <= maxSteps) {
			return new MeetInTheMiddle(amounts, target, minSize, size).search();
		}
		return depthFirst(amounts, target, minSize, size, maxSteps);
	}

	/** The search largest amount first, whatever the budget allows. */
	static Result depthFirst(long[] amounts, long target, int minSize, int maxSize, int maxSteps) {
		return new DepthFirst(amounts, target, minSize, Math.min(maxSize, amounts.length), maxSteps).search();
	}

	/** How many combinations of 1 to {@code size} of {@code n} items there are. */
	static long halves(int n, int size) {
		long total = 0;
		long combinations = 1;
		for (int k = 1; k <= size; k++) {
			combinations = combinations * (n - k + 1) / k;
			total += combinations;
			if (total > Integer.MAX_VALUE) {
				return Long.MAX_VALUE;
			}
		}
		return total;
	}

	enum Outcome {

		/** Exactly one combination adds up. */
		UNIQUE,
		/** More than one does: which is meant is not known. */
		SEVERAL,
		/** None does. */
		NONE,
		/**
		 * The search ran out of steps: what it found (perhaps nothing) may not be all.
		 */
		GAVE_UP

	}

	/**
	 * What the search found.
	 *
	 * @param outcome unique, several, none or gave up
	 * @param combinations the combinations found, at most two, each as the positions of
	 * its amounts, ascending
	 */
	record Result(Outcome outcome, List<int[]> combinations) {

		Result {
			combinations = List.copyOf(combinations);
		}

		/** The first combination found, or none. */
		int[] indices() {
			return this.combinations.isEmpty() ? new int[0] : this.combinations.get(0);
		}

		private static Result of(List<int[]> found, boolean complete) {
			List<int[]> sorted = new ArrayList<>(found.size());
			for (int[] combination : found) {
				int[] copy = combination.clone();
				Arrays.sort(copy);
				sorted.add(copy);
			}
			sorted.sort(Arrays::compare);
			if (!complete) {
				return new Result(Outcome.GAVE_UP, sorted);
			}
			Outcome outcome = switch (sorted.size()) {
				case 0 -> Outcome.NONE;
				case 1 -> Outcome.UNIQUE;
				default -> Outcome.SEVERAL;
			};
			return new Result(outcome, sorted);
		}

	}

	/**
	 * Lists every combination of up to half the size with its sum, then pairs a lower
	 * half with an upper half (all of whose positions come after the lower's) that makes
	 * up the rest: each combination is found once, split after its first half.
	 */
	private static final class MeetInTheMiddle {

		private final long[] amounts;

		private final long target;

		private final int minSize;

		private final int maxSize;

		private long[] sums = new long[64];

		/** Up to three positions of 10 bits each and the count in the top bits. */
		private int[] members = new int[64];

		private int count;

		private int[] heads;

		private int[] next;

		MeetInTheMiddle(long[] amounts, long target, int minSize, int maxSize) {
			this.amounts = amounts;
			this.target = target;
			this.minSize = minSize;
			this.maxSize = maxSize;
		}

		/** Halves are packed into an int: up to three positions below 1024. */
		static boolean canList(int amounts, int maxSize) {
			return amounts < 1024 && (maxSize + 1) / 2 <= 3;
		}

		Result search() {
			list(0, 0, 0, 0);
			index();
			List<int[]> found = new ArrayList<>(2);
			for (int lower = 0; lower < this.count && found.size() < 2; lower++) {
				int lowerSize = size(this.members[lower]);
				long rest = this.target - this.sums[lower];
				for (int upper = head(rest); upper >= 0 && found.size() < 2; upper = this.next[upper]) {
					if (this.sums[upper] == rest && fits(this.members[lower], lowerSize, this.members[upper])) {
						found.add(combination(this.members[lower], this.members[upper]));
					}
				}
			}
			return Result.of(found, true);
		}

		/** Whether lower and upper make a combination split after its first half. */
		private boolean fits(int lower, int lowerSize, int upper) {
			int upperSize = size(upper);
			int total = lowerSize + upperSize;
			return total >= this.minSize && total <= this.maxSize && lowerSize == (total + 1) / 2
					&& position(lower, lowerSize - 1) < position(upper, 0);
		}

		private void list(int from, int size, int packed, long sum) {
			if (size > 0) {
				add(sum, packed | (size << 30));
			}
			if (size == (this.maxSize + 1) / 2) {
				return;
			}
			for (int i = from; i < this.amounts.length; i++) {
				long total = sum + this.amounts[i];
				if (total <= this.target) {
					list(i + 1, size + 1, packed | (i << (10 * size)), total);
				}
			}
		}

		private void add(long sum, int packed) {
			if (this.count == this.sums.length) {
				this.sums = Arrays.copyOf(this.sums, this.count * 2);
				this.members = Arrays.copyOf(this.members, this.count * 2);
			}
			this.sums[this.count] = sum;
			this.members[this.count++] = packed;
		}

		private void index() {
			int capacity = Integer.highestOneBit(Math.max(4, this.count * 2) - 1) << 1;
			this.heads = new int[capacity];
			Arrays.fill(this.heads, -1);
			this.next = new int[this.count];
			for (int i = this.count - 1; i >= 0; i--) {
				int slot = slot(this.sums[i]);
				this.next[i] = this.heads[slot];
				this.heads[slot] = i;
			}
		}

		private int head(long sum) {
			return (sum <= 0) ? -1 : this.heads[slot(sum)];
		}

		private int slot(long sum) {
			long mixed = sum * 0x9E3779B97F4A7C15L;
			return (int) (mixed >>> 40) & (this.heads.length - 1);
		}

		private static int size(int packed) {
			return packed >>> 30;
		}

		private static int position(int packed, int k) {
			return (packed >>> (10 * k)) & 0x3FF;
		}

		private static int[] combination(int lower, int upper) {
			int lowerSize = size(lower);
			int upperSize = size(upper);
			int[] positions = new int[lowerSize + upperSize];
			for (int k = 0; k < lowerSize; k++) {
				positions[k] = position(lower, k);
			}
			for (int k = 0; k < upperSize; k++) {
				positions[lowerSize + k] = position(upper, k);
			}
			return positions;
		}

	}

	/** Largest amount first, pruning sums that cannot be reached; bounded in steps. */
	private static final class DepthFirst {

		private final long[] amounts;

		private final Integer[] order;

		private final long[] suffix;

		private final long target;

		private final int minSize;

		private final int maxSize;

		private final int maxSteps;

		private final List<int[]> found = new ArrayList<>(2);

		private int steps;

		DepthFirst(long[] amounts, long target, int minSize, int maxSize, int maxSteps) {
			this.amounts = amounts;
			this.order = IntStream.range(0, amounts.length)
				.boxed()
				.sorted(Comparator.comparingLong((Integer i) -> -amounts[i]).thenComparingInt((i) -> i))
				.toArray(Integer[]::new);
			this.suffix = new long[amounts.length + 1];
			for (int i = amounts.length - 1; i >= 0; i--) {
				this.suffix[i] = this.suffix[i + 1] + amounts[this.order[i]];
			}
			this.target = target;
			this.minSize = minSize;
			this.maxSize = maxSize;
			this.maxSteps = maxSteps;
		}

		Result search() {
			boolean complete = from(0, this.target, new int[this.maxSize], 0);
			return Result.of(this.found, complete);
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

	}

}
