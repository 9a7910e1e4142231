package io.cashpost.statement.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.cashpost.statement.StatementJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reads every BAI2 sample file and compares the result, every transaction included, with
 * the golden file beside it. A missing golden file is written from the reader, for a
 * person to review against the sample before it is committed; after a deliberate change,
 * {@code -Dcashpost.golden.update=true} rewrites them all.
 */
class Bai2GoldenFileTests {

	private static final Path SAMPLES = Path.of("sample-files", "bai2");

	@TestFactory
	Stream<DynamicTest> eachSampleReadsAsItsGoldenFile() throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter((file) -> file.toString().endsWith(".bai2"))
				.sorted()
				.toList()
				.stream()
				.map((sample) -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> compare(sample)));
		}
	}

	private static void compare(Path sample) throws IOException {
		String name = sample.getFileName().toString();
		Path golden = sample.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
		String actual;
		try (InputStream in = Files.newInputStream(sample)) {
			Bai2Reader reader = new Bai2Reader(in, name);
			actual = StatementJson.read(reader, StatementJson.detailed(name, reader.format())).toPrettyJson();
		}
		if (Boolean.getBoolean("cashpost.golden.update")) {
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
		}
		if (!Files.exists(golden)) {
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
			fail("Wrote " + golden + ": review it against " + sample + ", then run again");
		}
		assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}

}
