package io.cashpost.statement.camt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every camt sample under {@code sample-files/camt05*} read into its detailed JSON and
 * compared exactly with the {@code .expected.json} beside it. After a deliberate change,
 * regenerate with {@code -Dcashpost.golden.update=true} and review the diff by hand
 * against the XML before committing it.
 */
class CamtGoldenFileTests {

	private static final Path SAMPLES = Path.of("sample-files");

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsAsTheGoldenFileSays(Path sample) throws IOException {
		Path golden = golden(sample);
		String actual = detailedJson(sample);
		if (Boolean.getBoolean("cashpost.golden.update")) {
			Files.writeString(golden, actual);
		}
		assertThat(golden).as("golden file beside %s", sample).exists();
		assertThat(actual).isEqualTo(Files.readString(golden));
	}

	/**
	 * Production reads every version by element names; Prowide's model classes, which
	 * read versions 2 and 8 before, stay the reference: both give the same parts.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void prowideReadsAsTheElementMappingDoes(Path sample) {
		StatementFormat format = StatementFiles.detect(sample);
		EntryDecoder prowide = ProwideEntryDecoder.forVersion(format.version());
		Assumptions.assumeTrue(prowide != null, "Prowide is the reference for versions .001.02 and .001.08 only");
		assertThat(CamtReaderTests.readAll(CamtReader.open(sample, format)))
			.isEqualTo(CamtReaderTests.readAll(CamtReader.open(sample, format, prowide)));
	}

	static String detailedJson(Path sample) {
		StatementFormat format = StatementFiles.detect(sample);
		return StatementJson
			.read(StatementFiles.open(sample), StatementJson.detailed(sample.getFileName().toString(), format))
			.toPrettyJson();
	}

	static Stream<Path> samples() throws IOException {
		try (Stream<Path> files = Files.walk(SAMPLES, 2)) {
			return files
				.filter((file) -> file.getNameCount() == 3 && file.getName(1).toString().startsWith("camt05")
						&& file.toString().endsWith(".xml"))
				.sorted()
				.toList()
				.stream();
		}
	}

	private static Path golden(Path sample) {
		String name = sample.getFileName().toString();
		return sample.resolveSibling(name.substring(0, name.length() - ".xml".length()) + ".expected.json");
	}

}
