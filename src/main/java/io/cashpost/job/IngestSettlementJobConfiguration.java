package io.cashpost.job;

import java.nio.file.Path;

import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.SettlementFiles;
import io.cashpost.settlement.SettlementStaging;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestSettlementJob}: checks one registered settlement report whole, every batch
 * against its control totals, and stages its batches ({@code checkSettlementReportStep});
 * then streams its rows into staged card transactions, a chunk per database transaction
 * ({@code stageCardTransactionsStep}). A batch that does not add up fails the first step,
 * so nothing of the report is staged. Identified by the file's id, so a failed run
 * restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class IngestSettlementJobConfiguration {

	static final String JOB_NAME = "ingestSettlementJob";

	@Bean
	Job ingestSettlementJob(JobRepository jobRepository, Step checkSettlementReportStep,
			Step stageCardTransactionsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new FailureSummary())
			.start(checkSettlementReportStep)
			.next(stageCardTransactionsStep)
			.build();
	}

	@Bean
	Step checkSettlementReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet checkSettlementReportTasklet) {
		return new StepBuilder("checkSettlementReportStep", jobRepository)
			.tasklet(checkSettlementReportTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	Tasklet checkSettlementReportTasklet(SettlementFiles files, SettlementStaging staging,
			@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['fileName']}") String fileName,
			@Value("#{jobParameters['fileId']}") Long fileId) {
		return (contribution, chunk) -> {
			var batches = files.checkedBatches(Path.of(file), fileName);
			staging.stageBatches(fileId, batches);
			contribution.incrementWriteCount(batches.size());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step stageCardTransactionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SettlementRowReader settlementRowReader, CardStagingWriter cardStagingWriter, JobProperties properties) {
		return new StepBuilder("stageCardTransactionsStep", jobRepository)
			.<CardTransaction, CardTransaction>chunk(properties.stagingChunkSize())
			.transactionManager(transactionManager)
			.reader(settlementRowReader)
			.writer(cardStagingWriter)
			.build();
	}

	@Bean
	@StepScope
	SettlementRowReader settlementRowReader(SettlementFiles files, @Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['fileName']}") String fileName) {
		return new SettlementRowReader(files, Path.of(file), fileName);
	}

	@Bean
	@StepScope
	CardStagingWriter cardStagingWriter(SettlementStaging staging, @Value("#{jobParameters['fileId']}") Long fileId) {
		return new CardStagingWriter(staging, fileId);
	}

	/** Stages a chunk of a report's rows in one round trip. */
	static class CardStagingWriter implements ItemWriter<CardTransaction> {

		private final SettlementStaging staging;

		private final long fileId;

		CardStagingWriter(SettlementStaging staging, long fileId) {
			this.staging = staging;
			this.fileId = fileId;
		}

		@Override
		public void write(Chunk<? extends CardTransaction> chunk) {
			this.staging.stage(this.fileId, chunk.getItems());
		}

	}

}
