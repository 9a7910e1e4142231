package io.cashpost.job;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import io.cashpost.collection.Disputes;
import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.LearntPayerAccounts;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.Payment;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.EarlierReports;
import io.cashpost.posting.Ledger;
import io.cashpost.posting.Reversals;
import io.cashpost.settlement.Payouts;
import io.cashpost.worker.Partitioning;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code matchAndPostJob}: decides every staged payment of ingested files and carries the
 * decision out in the same transaction: posted, queued as an exception, or classified.
 * {@code matchAndPostStep} splits the payments by customer into partitions matched side
 * by side ({@link CustomerPartitioner} says why they never touch the same invoice), as
 * threads of this JVM or on worker JVMs ({@link Partitioning});
 * {@code matchHandedOverStep} gives each partition, in a second round, the payments the
 * others decided for its customers ({@link HandOvers}); {@code matchRemainderStep} then
 * decides, alone, whatever the partitions left. Remittance advices are linked to their
 * payments before, and payments decided before their advice came are decided again after
 * ({@link RemittanceAdviceSteps}). Card settlements follow ({@link CardSettlementSteps}):
 * their fees and conversions are posted, and payouts found on the bank matched to the
 * batches of reports read since.
 */
@Configuration(proxyBeanMethods = false)
class MatchAndPostJobConfiguration {

	static final String JOB_NAME = "matchAndPostJob";

	private static final StageTimes STAGE_TIMES = new StageTimes();

	@Bean
	Job matchAndPostJob(JobRepository jobRepository, Step linkAdvicesStep, Step matchAndPostStep,
			Step matchHandedOverStep, Step matchRemainderStep, Step redecideAdvicesStep, Step expireAdvicesStep,
			Step confirmIntradayStep, Step postCardSettlementsStep, Step settlePayoutsStep, DataSource dataSource,
			MatchRoutes routes, RunIndexing runIndexing) {
		return new JobBuilder(JOB_NAME, jobRepository).incrementer(new RunIdIncrementer())
			.listener(new MatchingLock(dataSource))
			.listener((JobExecutionListener) runIndexing)
			.listener(new FailureSummary())
			.listener(forgetRoutesWhenDone(routes))
			.start(linkAdvicesStep)
			.next(matchAndPostStep)
			.next(matchHandedOverStep)
			.next(matchRemainderStep)
			.next(redecideAdvicesStep)
			.next(expireAdvicesStep)
			.next(confirmIntradayStep)
			.next(postCardSettlementsStep)
			.next(settlePayoutsStep)
			.build();
	}

	/**
	 * Once an end-of-day statement's entries are all decided, queues what the day's
	 * intraday reports posted and it does not carry.
	 */
	@Bean
	Step confirmIntradayStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EarlierReports earlierReports, ExceptionQueue exceptions, Clock clock) {
		return new StepBuilder("confirmIntradayStep", jobRepository).tasklet((contribution, chunk) -> {
			exceptions.referAll(earlierReports.missingFromEndOfDay(clock.instant())
				.stream()
				.map((missing) -> new Referral(missing.transactionId(), ExceptionReason.NOT_IN_END_OF_DAY,
						missing.detail(), List.of(), null))
				.toList());
			return RepeatStatus.FINISHED;
		}).transactionManager(transactionManager).build();
	}

	@Bean
	Step matchAndPostStep(JobRepository jobRepository, Step matchAndPostPartitionStep,
			CustomerPartitioner customerPartitioner, JobProperties properties, Partitioning partitioning) {
		return partitioned("matchAndPostStep", customerPartitioner, jobRepository, matchAndPostPartitionStep,
				properties, partitioning);
	}

	@Bean
	Step matchHandedOverStep(JobRepository jobRepository, Step matchAndPostPartitionStep,
			HandedOverPartitioner handedOverPartitioner, JobProperties properties, Partitioning partitioning) {
		return partitioned("matchHandedOverStep", handedOverPartitioner, jobRepository, matchAndPostPartitionStep,
				properties, partitioning);
	}

	/**
	 * A step whose partitions run {@code matchAndPostPartitionStep}, here or on workers.
	 */
	private static Step partitioned(String name, Partitioner partitioner, JobRepository jobRepository,
			Step matchAndPostPartitionStep, JobProperties properties, Partitioning partitioning) {
		return new StepBuilder(name, jobRepository).partitioner("matchAndPostPartitionStep", partitioner)
			.step(matchAndPostPartitionStep)
			.partitionHandler(partitioning.handler(matchAndPostPartitionStep, properties.partitions(),
					properties.progressInterval()))
			.build();
	}

	@Bean
	@StepScope
	HandedOverPartitioner handedOverPartitioner(MatchRoutes routes,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long routeId) {
		return new HandedOverPartitioner(routes, routeId);
	}

	@Bean
	RunIndexing runIndexing(PaymentMatcher matcher) {
		return new RunIndexing(matcher);
	}

	@Bean
	@StepScope
	CustomerPartitioner customerPartitioner(MatchRoutes routes,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long routeId) {
		return new CustomerPartitioner(routes, routeId);
	}

	@Bean
	Step matchAndPostPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingPaymentReader partitionPaymentReader, OwnedCustomersMatcher ownedCustomersMatcher,
			HandOvers handOvers, DecisionWriter decisionWriter, RunIndexing runIndexing, JobProperties properties,
			Clock clock) {
		return new StepBuilder("matchAndPostPartitionStep", jobRepository)
			.<Payment, MatchDecision>chunk(properties.matchingChunkSize())
			.transactionManager(transactionManager)
			.reader(partitionPaymentReader)
			.processor(ownedCustomersMatcher)
			.writer(decisionWriter)
			.listener((StepListener) runIndexing)
			.listener((StepListener) handOvers)
			.listener((StepListener) progress(properties, clock))
			.listener((StepListener) STAGE_TIMES)
			.build();
	}

	@Bean
	Step matchRemainderStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PendingPaymentReader pendingPaymentReader, PaymentMatcher matcher, DecisionWriter decisionWriter,
			JobProperties properties, Clock clock) {
		return new StepBuilder("matchRemainderStep", jobRepository)
			.<Payment, MatchDecision>chunk(properties.matchingChunkSize())
			.transactionManager(transactionManager)
			.reader(pendingPaymentReader)
			.processor(matcher::decide)
			.writer(decisionWriter)
			.listener((StepListener) progress(properties, clock))
			.listener((StepListener) STAGE_TIMES)
			.listener(indexAgainFromWhatPartitionsCommitted(matcher))
			.build();
	}

	@Bean
	@StepScope
	PendingPaymentReader partitionPaymentReader(JdbcClient jdbc, JobProperties properties, PaymentMatcher matcher,
			@Value("#{stepExecutionContext['routeId']}") Long routeId,
			@Value("#{stepExecutionContext['partition']}") Integer partition,
			@Value("#{stepExecutionContext['handedOver']}") Boolean handedOver) {
		return new PendingPaymentReader(jdbc, properties.matchingChunkSize(), routeId, partition,
				Boolean.TRUE.equals(handedOver), matcher::expect);
	}

	@Bean
	@StepScope
	OwnedCustomersMatcher ownedCustomersMatcher(PaymentMatcher matcher, MatchRoutes routes, HandOvers handOvers,
			@Value("#{stepExecutionContext['routeId']}") Long routeId,
			@Value("#{stepExecutionContext['partition']}") Integer partition,
			@Value("#{stepExecutionContext['handedOver']}") Boolean handedOver) {
		return new OwnedCustomersMatcher(matcher::decide, !Boolean.TRUE.equals(handedOver),
				() -> routes.owned(routeId, partition), handOvers::offer);
	}

	@Bean
	@StepScope
	HandOvers handOvers(MatchRoutes routes, @Value("#{stepExecutionContext['routeId']}") Long routeId,
			@Value("#{stepExecutionContext['handedOver']}") Boolean handedOver) {
		return new HandOvers(routes, routeId, !Boolean.TRUE.equals(handedOver));
	}

	@Bean
	@StepScope
	PendingPaymentReader pendingPaymentReader(JdbcClient jdbc, JobProperties properties, PaymentMatcher matcher) {
		return new PendingPaymentReader(jdbc, properties.matchingChunkSize(), matcher::expect);
	}

	@Bean
	DecisionWriter decisionWriter(CashPosting cash, Ledger ledger, Reversals reversals, ExceptionQueue exceptions,
			StagedTransactions transactions, UndecidedTransactions undecided, EarlierReports earlierReports,
			Payouts payouts, LearntPayerAccounts learntAccounts, Disputes disputes, Clock clock) {
		return new DecisionWriter(cash, ledger, reversals, exceptions, transactions, undecided, earlierReports, payouts,
				learntAccounts, new DeductionDisputes(disputes), clock);
	}

	/**
	 * The serial step indexes again from what the partitions committed: a decision a
	 * partition left to this step was remembered by matching but never posted.
	 */
	private static StepExecutionListener indexAgainFromWhatPartitionsCommitted(PaymentMatcher matcher) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				matcher.refresh();
			}
		};
	}

	private static ProgressLogger progress(JobProperties properties, Clock clock) {
		return new ProgressLogger("payments", clock, properties.progressInterval(),
				MatchAndPostJobConfiguration::progressDetail);
	}

	/** {@code 40% of 12000 routed, 3 left to the serial step}. */
	private static String progressDetail(StepExecution execution) {
		long routed = execution.getExecutionContext().getLong(CustomerPartitioner.PAYMENTS, -1);
		String left = (execution.getFilterCount() > 0) ? execution.getFilterCount() + " left to " + "matchRemainderStep"
				: "";
		if (routed <= 0) {
			return left;
		}
		String percent = Math.min(100, execution.getReadCount() * 100 / routed) + "% of " + routed + " routed";
		return left.isEmpty() ? percent : percent + ", " + left;
	}

	private static JobExecutionListener forgetRoutesWhenDone(MatchRoutes routes) {
		return new JobExecutionListener() {
			@Override
			public void afterJob(JobExecution jobExecution) {
				if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
					routes.forget(jobExecution.getJobInstance().getInstanceId());
				}
			}
		};
	}

}
