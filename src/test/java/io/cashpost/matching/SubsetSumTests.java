package io.cashpost.matching;

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

}
