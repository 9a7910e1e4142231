package io.cashpost.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.scheduling.support.CronExpression;

/**
 * The job definitions in {@code jobs/}, one YAML file per job, read and checked at
 * start-up: a bad definition stops the application with a message naming the file and
 * what is wrong. {@code sources.yaml} beside them is not a job: it configures the SFTP
 * sources.
 *
 * <pre>
 * job: nightlyJob                # required: a Spring Batch job of Cashpost
 * cron: "0 30 2 * * *"           # optional: when serve runs it (sec min hour day month weekday)
 * zone: Europe/Berlin            # optional: the cron's time zone (default: the system's)
 * sources: [inbox, sftp:bank-a]  # nightlyJob only: sources to collect from, or [all]
 * parameters:                    # optional: job parameters (strings)
 *   key: value
 * exports:                       # nightlyJob only: reports to write
 *   - report: balances
 *     file: exports/balances-{date}.csv
 * </pre>
 */
public class JobDefinitions {

	/**
	 * {@code sources.yaml} configures the file sources (Spring configuration imported at
	 * start-up), it defines no job.
	 */
	static final String SOURCES = "sources";

	private static final Set<String> KEYS = Set.of("job", "cron", "zone", "sources", "parameters", "exports");

	private final Map<String, JobDefinition> definitions;

	/**
	 * Reads every {@code *.yaml} and {@code *.yml} file in the folder; a missing folder
	 * holds no definitions.
	 * @throws InvalidJobDefinitionException naming the file and the problem
	 */
	JobDefinitions(Path dir, Set<String> jobs, Collection<String> sources, Collection<String> reports) {
		this.definitions = new LinkedHashMap<>();
		for (Path file : files(dir)) {
			JobDefinition definition = new Reading(file, jobs, sources, reports).definition();
			this.definitions.put(definition.name(), definition);
		}
	}

	public List<JobDefinition> all() {
		return List.copyOf(this.definitions.values());
	}

	public Optional<JobDefinition> named(String name) {
		return Optional.ofNullable(this.definitions.get(name));
	}

	private static List<Path> files(Path dir) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((file) -> {
				String name = file.getFileName().toString();
				return Files.isRegularFile(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))
						&& !name.startsWith(SOURCES + ".");
			}).sorted().toList();
		}
		catch (IOException ex) {
			throw new InvalidJobDefinitionException(dir, "cannot list the folder: " + ex.getMessage());
		}
	}

	/** One file being read: every check names the file. */
	private static final class Reading {

		private final Path file;

		private final Set<String> jobs;

		private final Collection<String> sources;

		private final Collection<String> reports;

		Reading(Path file, Set<String> jobs, Collection<String> sources, Collection<String> reports) {
			this.file = file;
			this.jobs = jobs;
			this.sources = sources;
			this.reports = reports;
		}

		JobDefinition definition() {
			Map<?, ?> yaml = load();
			Set<String> unknown = new TreeSet<>();
			yaml.keySet().forEach((key) -> {
				if (!KEYS.contains(String.valueOf(key))) {
					unknown.add(String.valueOf(key));
				}
			});
			if (!unknown.isEmpty()) {
				throw problem("unknown key(s) " + unknown + " (known: job, cron, zone, sources, parameters, exports)");
			}
			String job = text(yaml, "job", true);
			if (!this.jobs.contains(job)) {
				throw problem("unknown job '" + job + "' (known: " + String.join(", ", new TreeSet<>(this.jobs)) + ")");
			}
			boolean nightly = job.equals(NightlyJobConfiguration.JOB_NAME);
			List<String> sources = sources(yaml, nightly);
			List<ExportDefinition> exports = exports(yaml, nightly);
			String name = this.file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
			return new JobDefinition(name, this.file, job, cron(yaml), zone(yaml), sources, parameters(yaml), exports);
		}

		private Map<?, ?> load() {
			Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
			try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
				Object document = yaml.load(reader);
				if (!(document instanceof Map<?, ?> map)) {
					throw problem("expected a mapping with at least 'job: NAME'");
				}
				return map;
			}
			catch (IOException ex) {
				throw problem("cannot be read: " + ex.getMessage());
			}
			catch (YAMLException ex) {
				throw problem("not valid YAML: " + ex.getMessage().replace('\n', ' '));
			}
		}

		private CronExpression cron(Map<?, ?> yaml) {
			String cron = text(yaml, "cron", false);
			if (cron == null) {
				return null;
			}
			try {
				return CronExpression.parse(cron);
			}
			catch (IllegalArgumentException ex) {
				throw problem("cron '" + cron + "' is not valid (six fields: second minute hour day month weekday): "
						+ ex.getMessage());
			}
		}

		private ZoneId zone(Map<?, ?> yaml) {
			String zone = text(yaml, "zone", false);
			try {
				return (zone != null) ? ZoneId.of(zone) : ZoneId.systemDefault();
			}
			catch (DateTimeException ex) {
				throw problem("zone '" + zone + "' is not a time zone (e.g. Europe/Berlin, UTC)");
			}
		}

		private List<String> sources(Map<?, ?> yaml, boolean nightly) {
			Object value = yaml.get("sources");
			if (value == null) {
				return List.of();
			}
			if (!nightly) {
				throw problem("sources apply to " + NightlyJobConfiguration.JOB_NAME + " only");
			}
			if (!(value instanceof List<?> list)) {
				throw problem("sources: expected a list, e.g. [inbox, sftp:bank-a] or [all]");
			}
			List<String> names = list.stream().map(String::valueOf).toList();
			for (String name : names) {
				if (!name.equals("all") && !this.sources.contains(name)) {
					throw problem("unknown source '" + name + "' (configured: " + String.join(", ", this.sources)
							+ ", or all)");
				}
			}
			return names;
		}

		private Map<String, String> parameters(Map<?, ?> yaml) {
			Object value = yaml.get("parameters");
			if (value == null) {
				return Map.of();
			}
			if (!(value instanceof Map<?, ?> map)) {
				throw problem("parameters: expected a mapping of name: value");
			}
			Map<String, String> parameters = new LinkedHashMap<>();
			map.forEach((key, parameter) -> {
				if (parameter instanceof Map || parameter instanceof List || parameter == null) {
					throw problem("parameter '" + key + "' must be a single value");
				}
				parameters.put(String.valueOf(key), String.valueOf(parameter));
			});
			return parameters;
		}

		private List<ExportDefinition> exports(Map<?, ?> yaml, boolean nightly) {
			Object value = yaml.get("exports");
			if (value == null) {
				return List.of();
			}
			if (!nightly) {
				throw problem("exports apply to " + NightlyJobConfiguration.JOB_NAME + " only");
			}
			if (!(value instanceof List<?> list)) {
				throw problem("exports: expected a list of {report: NAME, file: PATH}");
			}
			List<ExportDefinition> exports = new ArrayList<>();
			for (Object item : list) {
				if (!(item instanceof Map<?, ?> export)) {
					throw problem("exports: expected a list of {report: NAME, file: PATH}");
				}
				String report = text(export, "report", true);
				if (!this.reports.contains(report)) {
					throw problem("unknown report '" + report + "' (known: " + String.join(", ", this.reports) + ")");
				}
				String target = text(export, "file", true);
				if (target.contains(";") || target.contains("=")) {
					throw problem("export file '" + target + "' must not contain ';' or '='");
				}
				exports.add(new ExportDefinition(report, target));
			}
			return exports;
		}

		private String text(Map<?, ?> yaml, String key, boolean required) {
			Object value = yaml.get(key);
			if (value == null || value.toString().isBlank()) {
				if (required) {
					throw problem("'" + key + "' is required");
				}
				return null;
			}
			if (value instanceof Map || value instanceof List) {
				throw problem("'" + key + "' must be a single value");
			}
			return value.toString().strip();
		}

		private InvalidJobDefinitionException problem(String problem) {
			return new InvalidJobDefinitionException(this.file, problem);
		}

	}

}
