package io.cashpost.database;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostmasterPidFileTests {

	@Test
	void readsWhatPostgresqlWrites() {
		List<String> lines = List.of("16282", "/tmp/orph/pg", "1795762620", "34473", "/tmp", "localhost",
				"  2203842        20", "ready   ");

		assertThat(PostmasterPidFile.parse(lines)).contains(new PostmasterPidFile(16282, Path.of("/tmp/orph/pg"),
				Instant.ofEpochSecond(1795762620), 34473, "ready"));
	}

	@Test
	void aFileCutShortIsReadAsFarAsItGoes() {
		assertThat(PostmasterPidFile.parse(List.of("42", "/data/pg"))).hasValueSatisfying((file) -> {
			assertThat(file.pid()).isEqualTo(42);
			assertThat(file.startedAt()).isNull();
			assertThat(file.status()).isEmpty();
		});
	}

	@Test
	void anEmptyOrGarbledFileIsNotUnderstood() {
		assertThat(PostmasterPidFile.parse(List.of())).isEmpty();
		assertThat(PostmasterPidFile.parse(List.of("not a pid", "/data/pg"))).isEmpty();
	}

}
