package io.cashpost.settlement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every settlement report under {@code sample-files/settlement} read into its detailed
 * JSON (batches and every row) and compared exactly with the {@code .expected.json}
 * beside it. After a deliberate change, regenerate with
 * {@code -Dcashpost.golden.update=true} and review the diff against the CSV by hand.
 */
class SettlementGoldenFileTests {

	private static final Path SAMPLES = Path.of("sample-files", "settlement");

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsAsTheGoldenFileSays(Path sample) throws IOException {
		String name = sample.getFileName().toString();
		Path golden = sample.resolveSibling(name.substring(0, name.length() - ".csv".length()) + ".expected.json");
		String actual = SettlementJson.detailed(name, SettlementFiles.shipped().open(sample, name)).toPrettyJson();
		if (Boolean.getBoolean("cashpost.golden.update")) {
			Files.writeString(golden, actual);
		}
		assertThat(golden).as("golden file beside %s", sample).exists();
		assertThat(actual).isEqualTo(Files.readString(golden));
	}

	static Stream<Path> samples() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter((file) -> file.toString().endsWith(".csv")).sorted().toList().stream();
		}
	}

}
