package io.cashpost.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyTableTests {

	@Test
	void findsEveryRowPutUnderAKeyAfterGrowingManyTimes() {
		KeyTable table = new KeyTable();
		for (int row = 0; row < 200_000; row++) {
			table.put("INV2026" + row, row);
			table.put("SHARED" + (row % 1000), row);
		}
		assertThat(table.size()).isEqualTo(400_000);
		assertThat(table.candidates("INV2026123456")).contains(123_456);
		assertThat(table.candidates("SHARED7")).hasSizeGreaterThanOrEqualTo(200).contains(7, 1007, 199_007);
		assertThat(table.candidates("SHARED7")).isSorted();
		for (int row : table.candidates("NOWHERE")) {
			assertThat(row).isBetween(0, 199_999);
		}
	}

	@Test
	void keysSharingAFingerprintAreBothCandidatesForTheCallerToTellApart() {
		KeyTable table = new KeyTable();
		String one = "Aa";
		String other = "BB";
		table.put(one, 1);
		table.put(other, 2);
		assertThat(table.candidates(one)).contains(1);
		assertThat(table.candidates(other)).contains(2);
		assertThat(table.candidates("")).isEmpty();
	}

}
