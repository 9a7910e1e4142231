package io.cashpost.job;

import java.nio.file.Path;
import java.time.Clock;

import io.cashpost.invoice.ImportResult;
import io.cashpost.invoice.StagedInvoiceImport;
import io.cashpost.invoice.StagedInvoiceImport.Row;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code importInvoicesJob}: checks the whole invoice file
 * ({@code checkInvoiceFileStep}), stages its rows a chunk per transaction
 * ({@code stageInvoicesStep}, restartable), and merges them into customers and invoices
 * in one transaction ({@code mergeInvoicesStep}): a file is imported whole or not at all.
 * Identified by the file and its SHA-256, so the same file imported again is recognised,
 * and a changed one is a new import.
 */
@Configuration(proxyBeanMethods = false)
class ImportInvoicesJobConfiguration {

	static final String JOB_NAME = "importInvoicesJob";

	/** Where {@code mergeInvoicesStep} leaves its one-line summary. */
	static final String SUMMARY = "summary";

	private static final Log logger = LogFactory.getLog(ImportInvoicesJobConfiguration.class);

	@Bean
	Job importInvoicesJob(JobRepository jobRepository, Step checkInvoiceFileStep, Step stageInvoicesStep,
			Step mergeInvoicesStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new FailureSummary())
			.start(checkInvoiceFileStep)
			.next(stageInvoicesStep)
			.next(mergeInvoicesStep)
			.build();
	}

	@Bean
	Step checkInvoiceFileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StagedInvoiceImport invoices) {
		return new StepBuilder("checkInvoiceFileStep", jobRepository).tasklet((contribution, chunk) -> {
			invoices.check(Path.of(chunk.getStepContext().getJobParameters().get("file").toString()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step stageInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InvoiceRowReader invoiceRowReader, InvoiceRowWriter invoiceRowWriter, JobProperties properties,
			Clock clock) {
		return new StepBuilder("stageInvoicesStep", jobRepository).<Row, Row>chunk(properties.invoiceChunkSize())
			.transactionManager(transactionManager)
			.reader(invoiceRowReader)
			.writer(invoiceRowWriter)
			.listener((StepListener) new ProgressLogger("invoice rows", clock, properties.progressInterval(),
					(execution) -> ""))
			.build();
	}

	@Bean
	Step mergeInvoicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StagedInvoiceImport invoices) {
		return new StepBuilder("mergeInvoicesStep", jobRepository).tasklet((contribution, chunk) -> {
			long importId = chunk.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getJobInstance()
				.getInstanceId();
			Path file = Path.of(chunk.getStepContext().getJobParameters().get("file").toString());
			ImportResult result = invoices.merge(importId, String.valueOf(file.getFileName()));
			chunk.getStepContext()
				.getStepExecution()
				.getJobExecution()
				.getExecutionContext()
				.putString(SUMMARY, result.summary());
			contribution.incrementWriteCount(result.invoices());
			logger.info(result.summary());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	@StepScope
	InvoiceRowReader invoiceRowReader(StagedInvoiceImport invoices, @Value("#{jobParameters['file']}") String file) {
		return new InvoiceRowReader(invoices, Path.of(file));
	}

	@Bean
	@StepScope
	InvoiceRowWriter invoiceRowWriter(StagedInvoiceImport invoices,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long importId) {
		return new InvoiceRowWriter(invoices, importId);
	}

	/** Stages a chunk of rows under the import's id; staging it again changes nothing. */
	static class InvoiceRowWriter implements ItemWriter<Row> {

		private final StagedInvoiceImport invoices;

		private final long importId;

		InvoiceRowWriter(StagedInvoiceImport invoices, long importId) {
			this.invoices = invoices;
			this.importId = importId;
		}

		@Override
		public void write(Chunk<? extends Row> chunk) {
			this.invoices.stage(this.importId, chunk.getItems());
		}

	}

}
