package io.cashpost.job;

import java.nio.file.Path;
import java.time.Clock;

import io.cashpost.intake.StagedTransactions;
import io.cashpost.statement.StatementPart;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestStatementJob}: streams one registered file into staged bank transactions,
 * a chunk per database transaction. Identified by the file's id, so a failed run restarts
 * where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class IngestStatementJobConfiguration {

	static final String JOB_NAME = "ingestStatementJob";

	@Bean
	Job ingestStatementJob(JobRepository jobRepository, Step stageTransactionsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new FailureSummary())
			.start(stageTransactionsStep)
			.build();
	}

	@Bean
	Step stageTransactionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			StatementPartReader statementPartReader, StagingWriter stagingWriter, JobProperties properties,
			Clock clock) {
		return new StepBuilder("stageTransactionsStep", jobRepository)
			.<StatementPart, StatementPart>chunk(properties.stagingChunkSize())
			.transactionManager(transactionManager)
			.reader(statementPartReader)
			.writer(stagingWriter)
			.listener((StepListener) new ProgressLogger("entries", clock, properties.progressInterval(),
					(execution) -> statementPartReader.progress()))
			.build();
	}

	@Bean
	@StepScope
	StatementPartReader statementPartReader(@Value("#{jobParameters['file']}") String file,
			@Value("#{jobParameters['fileName']}") String fileName) {
		return new StatementPartReader(Path.of(file), fileName);
	}

	@Bean
	@StepScope
	StagingWriter stagingWriter(StagedTransactions staged, @Value("#{jobParameters['fileId']}") Long fileId) {
		return new StagingWriter(staged, fileId);
	}

	/** Stages a chunk of one file's statement parts in one round trip per table. */
	static class StagingWriter implements ItemWriter<StatementPart> {

		private final StagedTransactions staged;

		private final long fileId;

		StagingWriter(StagedTransactions staged, long fileId) {
			this.staged = staged;
			this.fileId = fileId;
		}

		@Override
		public void write(Chunk<? extends StatementPart> chunk) {
			this.staged.stage(this.fileId, chunk.getItems());
		}

	}

}
