package io.cashpost.job;

import java.time.Clock;
import java.time.LocalDate;

import io.cashpost.collection.Disputes;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.remittance.AdviceExpiry;
import io.cashpost.remittance.AdviceLinking;
import io.cashpost.remittance.AdviceRedecision;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The remittance advice steps of {@code matchAndPostJob}. {@code linkAdvicesStep}, first,
 * links waiting advices to their payments, so that a payment staged since is matched with
 * its advice's lines. {@code redecideAdvicesStep}, after matching, decides again the
 * linked payments decided before their advice came, a page per transaction through the
 * ledger's chunk posting. {@code expireAdvicesStep} queues the advices whose payment
 * never came.
 */
@Configuration(proxyBeanMethods = false)
class RemittanceAdviceSteps {

	@Bean
	Step linkAdvicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AdviceLinking linking, Clock clock) {
		return new StepBuilder("linkAdvicesStep", jobRepository).tasklet((contribution, chunk) -> {
			AdviceLinking.Linked linked = linking.link(clock.instant());
			contribution.incrementWriteCount(linked.linked());
			contribution.incrementFilterCount(linked.ambiguous());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Each call is a transaction of its own over one page; a restarted run finds exactly
	 * the linked payments not decided again yet.
	 */
	@Bean
	Step redecideAdvicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AdviceRedecision redecision, Disputes disputes, PaymentMatcher matcher, JobProperties properties,
			Clock clock) {
		return new StepBuilder("redecideAdvicesStep", jobRepository).tasklet((contribution, chunk) -> {
			AdviceRedecision.Redecided page = redecision.redecide(properties.matchingChunkSize(), clock.instant());
			contribution.incrementWriteCount(page.decided());
			new DeductionDisputes(disputes).open(page.posted());
			return (page.decided() == 0) ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
		}, transactionManager).listener(indexAfresh(redecision, matcher)).build();
	}

	@Bean
	Step expireAdvicesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AdviceExpiry expiry, Clock clock) {
		return new StepBuilder("expireAdvicesStep", jobRepository).tasklet((contribution, chunk) -> {
			contribution.incrementWriteCount(expiry.expire(LocalDate.now(clock)));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Matching indexes afresh from what the run committed before it decides a payment
	 * again, and only when one waits: the index costs a pass over the open invoices.
	 */
	private static StepExecutionListener indexAfresh(AdviceRedecision redecision, PaymentMatcher matcher) {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				if (redecision.pending()) {
					matcher.refresh();
				}
			}
		};
	}

}
