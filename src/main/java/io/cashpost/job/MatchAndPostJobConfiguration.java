package io.cashpost.job;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.Payment;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.posting.CashPosting;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code matchAndPostJob}: decides every staged payment of ingested files and carries the
 * decision out in the same transaction: posted, queued as an exception, or classified.
 */
@Configuration(proxyBeanMethods = false)
class MatchAndPostJobConfiguration {

	static final String JOB_NAME = "matchAndPostJob";

	@Bean
	Job matchAndPostJob(JobRepository jobRepository, Step matchAndPostStep) {
		return new JobBuilder(JOB_NAME, jobRepository).incrementer(new RunIdIncrementer())
			.start(matchAndPostStep)
			.build();
	}

	@Bean
	Step matchAndPostStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingPaymentReader pendingPaymentReader, PaymentMatcher matcher, DecisionWriter decisionWriter,
			IngestProperties properties) {
		return new StepBuilder("matchAndPostStep", jobRepository)
			.<Payment, MatchDecision>chunk(properties.matchingChunkSize())
			.transactionManager(transactionManager)
			.reader(pendingPaymentReader)
			.processor(matcher::decide)
			.writer(decisionWriter)
			.listener(new StepExecutionListener() {
				@Override
				public void beforeStep(StepExecution stepExecution) {
					// matching indexes the open invoices once per run, from what is
					// committed now
					matcher.refresh();
				}
			})
			.build();
	}

	@Bean
	@StepScope
	PendingPaymentReader pendingPaymentReader(JdbcClient jdbc, IngestProperties properties) {
		return new PendingPaymentReader(jdbc, properties.matchingChunkSize());
	}

	@Bean
	DecisionWriter decisionWriter(CashPosting posting, ExceptionQueue exceptions, StagedTransactions transactions) {
		return new DecisionWriter(posting, exceptions, transactions);
	}

}
