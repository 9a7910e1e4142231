package io.cashpost.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeyIndexTests {

	@Test
	void findsEveryRowOfAKeyOnceSealed() {
		KeyIndex index = new KeyIndex();
		for (int row = 0; row < 300_000; row++) {
			index.put("INV2026" + row, row);
			index.put("SHARED" + (row % 1000), row);
		}
		index.seal();
		assertThat(index.size()).isEqualTo(600_000);
		assertThat(index.candidates("INV2026123456")).contains(123_456);
		assertThat(index.candidates("SHARED7")).hasSizeGreaterThanOrEqualTo(300).contains(7, 1007, 299_007).isSorted();
		int found = 0;
		for (int i = 0; i < 100_000; i++) {
			found += index.candidates("ABSENT" + i).length;
		}
		assertThat(found).as("rows sharing a fingerprint with 100,000 absent keys").isLessThan(50);
		assertThatIllegalStateException().isThrownBy(() -> index.put("LATE", 1));
	}

	@Test
	void anEmptyIndexFindsNothing() {
		KeyIndex index = new KeyIndex();
		index.seal();
		assertThat(index.candidates("ANY")).isEmpty();
	}

}
