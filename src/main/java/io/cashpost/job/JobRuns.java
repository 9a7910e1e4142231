package io.cashpost.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Runs and restarts jobs by name, for {@code run}, {@code restart}, the scheduler and the
 * HTTP trigger. A name is a definition in {@code jobs/} (its parameters apply, those
 * given override them) or a job's own name.
 */
@Service
public class JobRuns {

	private final JobOperator operator;

	private final JobRepository repository;

	private final Map<String, Job> jobs;

	private final JobDefinitions definitions;

	private final StatementPipeline pipeline;

	private final Clock clock;

	JobRuns(JobOperator operator, JobRepository repository, List<Job> jobs, JobDefinitions definitions,
			StatementPipeline pipeline, Clock clock) {
		this.operator = operator;
		this.repository = repository;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.definitions = definitions;
		this.pipeline = pipeline;
		this.clock = clock;
	}

	/**
	 * Runs a job to its end.
	 * @param name a definition's name or a job's name
	 * @param overrides parameters given on the command line
	 * @throws JobUsageException for an unknown name or a missing parameter
	 */
	public JobRun run(String name, Map<String, String> overrides) {
		JobDefinition definition = this.definitions.named(name).orElse(null);
		String jobName = (definition != null) ? definition.job() : name;
		Job job = this.jobs.get(jobName);
		if (job == null) {
			throw new JobUsageException("unknown job '" + name + "' (definitions: "
					+ String.join(", ", this.definitions.all().stream().map(JobDefinition::name).toList()) + "; jobs: "
					+ String.join(", ", new TreeSet<>(this.jobs.keySet())) + ")");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		if (definition != null) {
			parameters.putAll(definition.parameters());
			if (!definition.sources().isEmpty()) {
				parameters.put("sources", String.join(",", definition.sources()));
			}
			if (!definition.exports().isEmpty()) {
				parameters.put("exports", ExportDefinition.format(definition.exports()));
			}
		}
		parameters.putAll(overrides);
		return switch (jobName) {
			case IngestStatementJobConfiguration.JOB_NAME, IngestSettlementJobConfiguration.JOB_NAME ->
				ingest(jobName, required(jobName, parameters, "file"));
			case MatchAndPostJobConfiguration.JOB_NAME -> ended(job, this.operator.startNextInstance(job));
			default -> launch(job, parameters(jobName, parameters));
		};
	}

	/**
	 * Restarts a failed or stopped execution where it stopped.
	 * @param executionId the execution
	 * @param recover first mark an execution still recorded as running as failed: for a
	 * run whose process died
	 * @throws JobUsageException when there is no such execution
	 */
	public JobRun restart(long executionId, boolean recover) {
		JobExecution previous;
		try {
			previous = this.repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			previous = null;
		}
		if (previous == null) {
			throw new JobUsageException("no job execution " + executionId);
		}
		String job = previous.getJobInstance().getJobName();
		if (previous.getStatus().isRunning()) {
			if (!recover) {
				return new JobRun(job, executionId, "FAILED", "execution " + executionId
						+ " is recorded as still running; if its process is gone, restart it with --recover");
			}
			previous = this.operator.recover(previous);
		}
		try {
			return ended(job, this.operator.restart(previous));
		}
		catch (Exception ex) {
			return new JobRun(job, executionId, "FAILED",
					"cannot restart execution " + executionId + ": " + JobFailedException.describe(ex));
		}
	}

	/**
	 * Either ingest job stages what the file turns out to be: a statement or a report.
	 */
	private JobRun ingest(String jobName, String file) {
		FileOutcome outcome = this.pipeline.stage(Path.of(file), "cli");
		return new JobRun(jobName, null, outcome.processed() ? "COMPLETED" : "FAILED", outcome.summaryLine());
	}

	private JobParameters parameters(String jobName, Map<String, String> given) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		switch (jobName) {
			case ImportInvoicesJobConfiguration.JOB_NAME -> {
				Path file = Path.of(required(jobName, given, "file")).toAbsolutePath().normalize();
				parameters.addString("file", file.toString()).addString("sha256", sha256(file));
			}
			case NightlyJobConfiguration.JOB_NAME -> {
				String date = given.getOrDefault("date", LocalDate.now(this.clock).toString());
				parameters.addString("date", date);
				given.forEach((key, value) -> {
					if (!key.equals("date")) {
						parameters.addString(key, value, false);
					}
				});
			}
			default -> given.forEach(parameters::addString);
		}
		return parameters.toJobParameters();
	}

	private JobRun launch(Job job, JobParameters parameters) {
		try {
			return ended(job.getName(), this.operator.start(job, parameters));
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			JobExecution last = this.repository.getLastJobExecution(job.getName(), parameters);
			return new JobRun(job.getName(), (last != null) ? last.getId() : null, "NOOP",
					"already completed for " + identifying(parameters)
							+ ((last != null) ? " (execution " + last.getId() + ")" : "") + ": nothing to do");
		}
		catch (Exception ex) {
			return new JobRun(job.getName(), null, "FAILED",
					"cannot start " + job.getName() + ": " + JobFailedException.describe(ex));
		}
	}

	private JobRun ended(Job job, JobExecution execution) {
		return ended(job.getName(), execution);
	}

	private JobRun ended(String job, JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			return new JobRun(job, execution.getId(), execution.getStatus().name(),
					new JobFailedException(job, execution).getMessage());
		}
		String summary = execution.getExecutionContext().containsKey(ImportInvoicesJobConfiguration.SUMMARY)
				? execution.getExecutionContext().getString(ImportInvoicesJobConfiguration.SUMMARY) : counts(execution);
		String warnings = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getExitStatus().getExitCode().equals(NightlyJobConfiguration.SOURCE_FAILED))
			.map((step) -> step.getExitStatus().getExitDescription())
			.collect(Collectors.joining("; "));
		if (!warnings.isEmpty()) {
			return new JobRun(job, execution.getId(), NightlyJobConfiguration.SOURCE_FAILED, summary + "; " + warnings);
		}
		return new JobRun(job, execution.getId(), "COMPLETED", summary);
	}

	private static String counts(JobExecution execution) {
		long read = 0;
		long written = 0;
		for (StepExecution step : execution.getStepExecutions()) {
			read += step.getReadCount();
			written += step.getWriteCount();
		}
		LocalDateTime start = execution.getStartTime();
		LocalDateTime end = execution.getEndTime();
		String took = (start != null && end != null) ? " in " + Duration.between(start, end).toMillis() / 1000.0 + "s"
				: "";
		return "execution " + execution.getId() + ": " + read + " read, " + written + " written" + took;
	}

	private static String identifying(JobParameters parameters) {
		return parameters.getIdentifyingParameters()
			.stream()
			.map((parameter) -> parameter.name() + "=" + parameter.value())
			.collect(Collectors.joining(", "));
	}

	private static String required(String job, Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isBlank()) {
			throw new JobUsageException(job + " needs " + name + "=...");
		}
		return value;
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
