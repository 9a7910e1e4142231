package io.cashpost.job;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.Payment;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.Reversals;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
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
			.build();
	}

	@Bean
	@StepScope
	PendingPaymentReader pendingPaymentReader(JdbcClient jdbc, IngestProperties properties) {
		return new PendingPaymentReader(jdbc, properties.matchingChunkSize());
	}

	@Bean
	DecisionWriter decisionWriter(CashPosting posting, Reversals reversals, ExceptionQueue exceptions,
			StagedTransactions transactions, UndecidedTransactions undecided) {
		return new DecisionWriter(posting, reversals, exceptions, transactions, undecided);
	}

}
