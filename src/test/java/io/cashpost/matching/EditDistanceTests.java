package io.cashpost.matching;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EditDistanceTests {

	@ParameterizedTest
	@CsvSource({ "INV20261012, INV20261012, true", "INV20261012, INV20261013, true", "INV20261012, INV20261021, true",
			"INV20261012, INV2026102, true", "INV20261012, INV202610122, true", "INV20261012, NIV20261012, true",
			"INV20261012, INV20261230, false", "INV20261012, INV20261120, false", "INV20261012, INV202610, false",
			"ABC, ABCDE, false", "AB, BA, true" })
	void atMostOneTypingSlip(String a, String b, boolean within) {
		assertThat(EditDistance.withinOne(a, b)).isEqualTo(within);
		assertThat(EditDistance.withinOne(b, a)).isEqualTo(within);
	}

}
