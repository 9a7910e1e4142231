package io.cashpost.matching;

import java.util.List;

import io.cashpost.matching.CustomerNameIndex.NameMatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerNameIndexTests {

	/** 100,000 names of three words, each word shared by over 2,000 names. */
	@Test
	void findsACustomerWhenEveryWordOfItsNameIsCommon() {
		CustomerNameIndex index = new CustomerNameIndex(0.10);
		for (int i = 0; i < 100_000; i++) {
			index.add("C-" + i, name(i) + " GmbH");
		}
		List<NameMatch> best = index.best(name(31_415).toUpperCase());
		assertThat(best).first().satisfies((match) -> {
			assertThat(match.customerId()).isEqualTo("C-31415");
			assertThat(match.score()).isEqualTo(1.0);
		});
	}

	private static String name(int i) {
		return "Alpha" + (char) ('a' + i % 47 % 26) + (i % 47) + " Beta" + (i / 47 % 47) + " Gamma" + (i / 2209 % 47);
	}

	@Test
	void findsTheBestCustomerAndTheRunnerUp() {
		CustomerNameIndex index = new CustomerNameIndex(0.10);
		index.add("C-1", "Alpine Werkzeuge AG");
		index.add("C-2", "Alpine Werkzeugbau GmbH");
		index.add("C-3", "Baltic Timber AB");
		List<NameMatch> best = index.best("Alpine Werkzeuge");
		assertThat(best).extracting(NameMatch::customerId).containsExactly("C-1", "C-2");
		assertThat(index.best("Nobody Known")).isEmpty();
	}

}
