package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubsetSumTests {

	@Test
	void findsTheOnlyCombination() {
		SubsetSum.Result result = SubsetSum.search(new long[] { 120, 75, 310, 42 }, 427, 2, 6, 1000);
		assertThat(result.outcome()).isEqualTo(SubsetSum.Outcome.UNIQUE);
		assertThat(result.indices()).containsExactly(1, 2, 3);
	}

	@Test
	void saysWhenThereAreSeveralOrNone() {
		assertThat(SubsetSum.search(new long[] { 100, 50, 70, 80 }, 150, 2, 6, 1000).outcome())
			.isEqualTo(SubsetSum.Outcome.SEVERAL);
		assertThat(SubsetSum.search(new long[] { 100, 50, 70 }, 171, 2, 6, 1000).outcome())
			.isEqualTo(SubsetSum.Outcome.NONE);
		assertThat(SubsetSum.search(new long[] { 100, 50 }, 100, 2, 6, 1000).outcome())
			.isEqualTo(SubsetSum.Outcome.NONE);
	}

	@Test
	void respectsTheSizeLimitAndGivesUpWhenTheStepsRunOut() {
		assertThat(SubsetSum.search(new long[] { 1, 2, 4, 8 }, 15, 2, 3, 1000).outcome())
			.isEqualTo(SubsetSum.Outcome.NONE);
		long[] many = new long[40];
		for (int i = 0; i < many.length; i++) {
			many[i] = 1000 + 2 * i;
		}
		assertThat(SubsetSum.search(many, 6001, 2, 12, 1000).outcome()).isEqualTo(SubsetSum.Outcome.GAVE_UP);
	}

	@Test
	void isDeterministic() {
		long[] amounts = { 500, 250, 250, 125, 375 };
		int[] first = SubsetSum.search(amounts, 750, 2, 6, 10_000).indices();
		for (int i = 0; i < 5; i++) {
			assertThat(SubsetSum.search(amounts, 750, 2, 6, 10_000).indices()).containsExactly(first);
		}
	}

	@Test
	void provesThatNothingAddsUpAmongSixtyAmountsInCombinationsOfUpToSix() {
		long[] amounts = new long[60];
		for (int i = 0; i < amounts.length; i++) {
			amounts[i] = 10_001 + 200 * i;
		}
		SubsetSum.Result none = SubsetSum.search(amounts, 2_500_000, 2, 6, 200_000);
		assertThat(none.outcome()).isEqualTo(SubsetSum.Outcome.NONE);
		SubsetSum.Result several = SubsetSum.search(amounts, amounts[3] + amounts[59], 2, 2, 200_000);
		assertThat(several.outcome()).isEqualTo(SubsetSum.Outcome.SEVERAL);
		assertThat(several.combinations()).hasSize(2);
	}

	@Test
	void bothWaysOfSearchingFindWhatTryingEveryCombinationFinds() {
		SplittableRandom random = new SplittableRandom(11);
		for (int round = 0; round < 300; round++) {
			long[] amounts = new long[2 + random.nextInt(12)];
			for (int i = 0; i < amounts.length; i++) {
				amounts[i] = 1 + random.nextInt(40);
			}
			long target = 2 + random.nextInt(90);
			int maxSize = 2 + random.nextInt(5);
			List<int[]> expected = everyCombination(amounts, target, maxSize);
			String input = Arrays.toString(amounts) + " -> " + target + " in up to " + maxSize;
			assertFinds(SubsetSum.search(amounts, target, 2, maxSize, 1_000_000), expected, input);
			assertFinds(SubsetSum.depthFirst(amounts, target, 2, maxSize, 1_000_000), expected, input);
		}
	}

	private static void assertFinds(SubsetSum.Result result, List<int[]> expected, String input) {
		assertThat(result.outcome()).as(input).isEqualTo(switch (expected.size()) {
			case 0 -> SubsetSum.Outcome.NONE;
			case 1 -> SubsetSum.Outcome.UNIQUE;
			default -> SubsetSum.Outcome.SEVERAL;
		});
		for (int[] combination : result.combinations()) {
			assertThat(expected).as(input).anySatisfy((found) -> assertThat(found).containsExactly(combination));
		}
	}

	private static List<int[]> everyCombination(long[] amounts, long target, int maxSize) {
		List<int[]> found = new ArrayList<>();
		for (int mask = 1; mask < (1 << amounts.length); mask++) {
			int size = Integer.bitCount(mask);
			long sum = 0;
			for (int i = 0; i < amounts.length; i++) {
				sum += ((mask & (1 << i)) != 0) ? amounts[i] : 0;
			}
			if (size >= 2 && size <= maxSize && sum == target) {
				int chosen = mask;
				found.add(IntStream.range(0, amounts.length).filter((i) -> (chosen & (1 << i)) != 0).toArray());
			}
		}
		return found;
	}

}
