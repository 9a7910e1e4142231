package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.job.StatementPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class FilesCommandIntegrationTests {

	@Autowired
	FilesCommand files;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void ingestAFileWithWarningsAndOneWithout() throws IOException {
		TestDatabase.clear(this.jdbc);
		assertThat(this.pipeline.ingest(copy("mt940/ing-nl-dash-lines.940")).processed()).isTrue();
		assertThat(this.pipeline.ingest(copy("mt940/ing-nl-envelope.940")).processed()).isTrue();
	}

	@Test
	void showsHowManyWarningsAFileHasAndTheFirst() {
		List<String> lines = run();
		assertThat(lines.get(0)).endsWith("name - reason [warnings]");
		assertThat(lines).filteredOn((line) -> line.contains("ing-nl-envelope.940"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("ingested").endsWith("ing-nl-envelope.940"));
		assertThat(lines).filteredOn((line) -> line.contains("ing-nl-dash-lines.940"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("ingested")
				.endsWith("ing-nl-dash-lines.940 [2 warnings, first: line 10 (:86:): a line of only '-' inside "
						+ "field :86: with more text after it: read as text, not as the end of the message]"));
	}

	@Test
	void listsEveryWarningOnRequest() {
		List<String> lines = run("--warnings");
		int file = lines
			.indexOf(lines.stream().filter((line) -> line.contains("ing-nl-dash-lines.940")).findFirst().get());
		assertThat(lines.get(file)).endsWith("ing-nl-dash-lines.940 [2 warnings]");
		assertThat(lines.get(file + 1)).isEqualTo("        warning: line 10 (:86:): a line of only '-' inside field "
				+ ":86: with more text after it: read as text, not as the end of the message");
		assertThat(lines.get(file + 2))
			.startsWith("        warning: line 11 (:86:): a line of field :86: begins with '-'");
	}

	private List<String> run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = this.files.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		return out.toString(StandardCharsets.UTF_8).lines().toList();
	}

	private Path copy(String sample) throws IOException {
		Path file = Path.of("sample-files", sample);
		return Files.copy(file, this.dir.resolve(file.getFileName()));
	}

}
