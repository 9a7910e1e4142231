package io.cashpost.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobDefinitionsTests {

	private static final Set<String> JOBS = Set.of("nightlyJob", "matchAndPostJob", "importInvoicesJob");

	@TempDir
	Path dir;

	@Test
	void readsTheShippedDefinitions() {
		JobDefinitions definitions = new JobDefinitions(Path.of("jobs"), JOBS, List.of("inbox"),
				List.of("aging", "allocations", "balances", "exceptions"));
		assertThat(definitions.all()).extracting(JobDefinition::name)
			.containsExactly("import-invoices", "match-and-post", "nightly");
		JobDefinition nightly = definitions.named("nightly").orElseThrow();
		assertThat(nightly.job()).isEqualTo("nightlyJob");
		assertThat(nightly.cron()).isNotNull();
		assertThat(nightly.exports()).extracting(ExportDefinition::report).contains("balances", "aging");
	}

	@Test
	void aDefinitionWithEverythingIsRead() throws IOException {
		write("night.yaml", """
				job: nightlyJob
				cron: "0 15 3 * * MON-FRI"
				zone: UTC
				sources: [inbox]
				parameters:
				  chunk: 10
				exports:
				  - report: balances
				    file: out/b-{date}.csv
				""");
		JobDefinition night = definitions().named("night").orElseThrow();
		assertThat(night.parameters()).containsEntry("chunk", "10");
		assertThat(night.sources()).containsExactly("inbox");
		assertThat(ExportDefinition.parse(ExportDefinition.format(night.exports()))).isEqualTo(night.exports());
	}

	@Test
	void aBadDefinitionStopsStartUpNamingTheFileAndTheProblem() throws IOException {
		assertProblem("job: nigthlyJob\n",
				"unknown job 'nigthlyJob' (known: importInvoicesJob, matchAndPostJob, " + "nightlyJob)");
		assertProblem("job: nightlyJob\ncron: \"every night\"\n", "cron 'every night' is not valid");
		assertProblem("job: nightlyJob\nsources: [ftp]\n", "unknown source 'ftp' (configured: inbox, or all)");
		assertProblem("job: nightlyJob\nexports:\n  - report: salaries\n    file: x.csv\n",
				"unknown report 'salaries'");
		assertProblem("job: nightlyJob\nschedule: daily\n", "unknown key(s) [schedule]");
		assertProblem("job: matchAndPostJob\nsources: [inbox]\n", "sources apply to nightlyJob only");
		assertProblem("cron: \"0 0 1 * * *\"\n", "'job' is required");
		assertProblem("job: [nightlyJob\n", "not valid YAML");
		assertProblem("job: nightlyJob\nzone: Mars/Olympus\n", "zone 'Mars/Olympus' is not a time zone");
	}

	@Test
	void sourcesYamlIsConfigurationNotAJob() throws IOException {
		write("sources.yaml", "cashpost:\n  intake:\n    sftp: {}\n");
		assertThat(definitions().all()).isEmpty();
	}

	private void assertProblem(String yaml, String problem) throws IOException {
		Path file = write("bad.yaml", yaml);
		assertThatThrownBy(this::definitions).isInstanceOf(InvalidJobDefinitionException.class)
			.hasMessageStartingWith("job definition " + file + ": ")
			.hasMessageContaining(problem);
	}

	private JobDefinitions definitions() {
		return new JobDefinitions(this.dir, JOBS, List.of("inbox"), List.of("balances"));
	}

	private Path write(String name, String yaml) throws IOException {
		return Files.writeString(this.dir.resolve(name), yaml);
	}

}
