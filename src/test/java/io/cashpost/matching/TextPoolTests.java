package io.cashpost.matching;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextPoolTests {

	@Test
	void givesBackEveryTextAcrossPagesWhateverItsCharacters() {
		TextPool pool = new TextPool();
		List<String> texts = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < 150_000; i++) {
			String text = switch (i % 4) {
				case 0 -> "INV-2026-" + i;
				case 1 -> "Müller & Søn ÆØÅ " + i;
				case 2 -> "";
				default -> "x".repeat(i % 300) + "€" + i;
			};
			texts.add(text);
			positions.add(pool.add(text));
		}
		assertThat(pool.bytes()).isGreaterThan(1 << 20);
		for (int i = 0; i < texts.size(); i++) {
			assertThat(pool.get(positions.get(i))).isEqualTo(texts.get(i));
		}
		assertThat(pool.add(null)).isEqualTo(TextPool.NONE);
		assertThat(pool.get(TextPool.NONE)).isNull();
	}

	@Test
	void refusesATextLongerThanAPage() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TextPool().add("x".repeat(1 << 20)));
	}

}
