package io.cashpost.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.cashpost.collection.CustomerAging;
import io.cashpost.intake.FileSources;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;

/**
 * {@code nightlyJob}: collects new files from the sources and ingests them
 * ({@code collectFilesStep}), matches and posts ({@code matchAndPostJobStep}, a run of
 * {@code matchAndPostJob}), refreshes the aging ({@code refreshAgingStep}) and writes the
 * configured exports ({@code writeExportsStep}). Identified by its {@code date}: one run
 * per day, and a failed one is restarted where it stopped.
 * <p>
 * Parameters: {@code date} (identifying, {@code yyyy-MM-dd}), {@code sources} (comma
 * separated source names or {@code all}), {@code exports}
 * ({@code report=file;report=file}, {@code {date}} in a file name becomes the date).
 */
@Configuration(proxyBeanMethods = false)
class NightlyJobConfiguration {

	static final String JOB_NAME = "nightlyJob";

	/** A source could not be reached: the run went on with the others. */
	static final String SOURCE_FAILED = "COMPLETED_WITH_SOURCE_FAILURES";

	/** For steps that launch jobs or write files: no transaction around them. */
	private static final DefaultTransactionAttribute NO_TRANSACTION = new DefaultTransactionAttribute(
			TransactionDefinition.PROPAGATION_NOT_SUPPORTED);

	private static final Log logger = LogFactory.getLog(NightlyJobConfiguration.class);

	@Bean
	Job nightlyJob(JobRepository jobRepository, Step collectFilesStep, Step matchAndPostJobStep, Step refreshAgingStep,
			Step writeExportsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new FailureSummary())
			.start(collectFilesStep)
			.next(matchAndPostJobStep)
			.next(refreshAgingStep)
			.next(writeExportsStep)
			.build();
	}

	/**
	 * Launches {@code ingestStatementJob} for each file: outside a transaction of its
	 * own, so that each file's job commits its own chunks.
	 */
	@Bean
	Step collectFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FileCollection collection, FileSources sources) {
		return new StepBuilder("collectFilesStep", jobRepository).tasklet((contribution, chunk) -> {
			List<String> names = Arrays.stream(parameter(chunk, "sources", FileSources.ALL).split(","))
				.map(String::strip)
				.filter((name) -> !name.isEmpty())
				.toList();
			Collected collected = collection.collect(sources.named(names));
			contribution.incrementWriteCount(collected.files().stream().filter(FileOutcome::processed).count());
			contribution.incrementFilterCount(collected.files().stream().filter((f) -> !f.processed()).count());
			if (!collected.failures().isEmpty()) {
				contribution.setExitStatus(new ExitStatus(SOURCE_FAILED, String.join("; ", collected.failures())));
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).transactionAttribute(NO_TRANSACTION).build();
	}

	@Bean
	Step matchAndPostJobStep(JobRepository jobRepository, @Qualifier("matchAndPostJob") Job matchAndPostJob,
			JobOperator jobOperator) {
		return new StepBuilder("matchAndPostJobStep", jobRepository).job(matchAndPostJob)
			.operator(jobOperator)
			.parametersExtractor((job, stepExecution) -> new JobParametersBuilder()
				.addLong("nightlyInstance", stepExecution.getJobExecution().getJobInstance().getInstanceId())
				.toJobParameters())
			.build();
	}

	@Bean
	Step refreshAgingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CustomerAging aging) {
		return new StepBuilder("refreshAgingStep", jobRepository).tasklet((contribution, chunk) -> {
			contribution.incrementWriteCount(aging.refresh(date(chunk)));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step writeExportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportExports reportExports) {
		return new StepBuilder("writeExportsStep", jobRepository).tasklet((contribution, chunk) -> {
			for (ExportDefinition export : ExportDefinition.parse(parameter(chunk, "exports", ""))) {
				Path file = export.fileFor(date(chunk));
				reportExports.write(export.report(), file);
				contribution.incrementWriteCount(1);
				logger.info("wrote " + export.report() + " to " + file);
			}
			return RepeatStatus.FINISHED;
		}, transactionManager).transactionAttribute(NO_TRANSACTION).build();
	}

	private static LocalDate date(ChunkContext chunk) {
		return LocalDate.parse(parameter(chunk, "date", null));
	}

	private static String parameter(ChunkContext chunk, String name, String fallback) {
		Object value = chunk.getStepContext().getJobParameters().get(name);
		if (value == null && fallback == null) {
			throw new IllegalArgumentException(JOB_NAME + " needs the parameter " + name);
		}
		return (value != null) ? value.toString() : fallback;
	}

}
