package io.cashpost.statement.mt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.cashpost.statement.StatementJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every MT940 and MT942 sample file and compares the detailed JSON with the
 * reviewed golden file beside it ({@code x.sta} with {@code x.expected.json}), exactly.
 * Run with {@code -Dcashpost.golden.write=true} to write the golden files after a
 * deliberate change, then review the diff line by line before committing it.
 */
class MtGoldenFileTests {

	private static final List<Path> FOLDERS = List.of(Path.of("sample-files/mt940"), Path.of("sample-files/mt942"));

	static Stream<Path> sampleFiles() throws IOException {
		Stream<Path> files = Stream.empty();
		for (Path folder : FOLDERS) {
			files = Stream.concat(files,
					Files.list(folder).filter((path) -> !path.toString().endsWith(".json")).sorted());
		}
		return files;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sampleFiles")
	void readsSampleFileExactlyAsReviewed(Path file) throws IOException {
		String actual = read(file);
		Path golden = golden(file);
		if (Boolean.getBoolean("cashpost.golden.update") || Boolean.getBoolean("cashpost.golden.write")) {
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
		}
		assertThat(golden).as("golden file beside %s", file).exists();
		assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
	}

	static String read(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		Mt940Reader reader = new Mt940Reader(in, file.getFileName().toString());
		StatementJson json = StatementJson.detailed(file.getFileName().toString(), reader.format());
		return StatementJson.read(reader, json).toPrettyJson();
	}

	private static Path golden(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return file.resolveSibling(((dot > 0) ? name.substring(0, dot) : name) + ".expected.json");
	}

}
