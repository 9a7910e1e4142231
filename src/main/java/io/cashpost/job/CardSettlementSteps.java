package io.cashpost.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import io.cashpost.settlement.Payouts;
import io.cashpost.settlement.SettlementPosting;
import io.cashpost.settlement.UnsettledRow;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The card settlement steps of {@code matchAndPostJob}, after the payments are matched:
 * {@code postCardSettlementsStep} posts the settlement entries of staged report rows
 * (fees by kind, conversions, corrections), a chunk per transaction through the ledger's
 * chunk posting; {@code settlePayoutsStep} matches acquirers' credits that came before
 * their reports to the batches read since, and queues payouts overdue on the bank.
 */
@Configuration(proxyBeanMethods = false)
class CardSettlementSteps {

	@Bean
	Step postCardSettlementsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			UnsettledRowReader unsettledRowReader, SettlementPosting posting, JobProperties properties) {
		return new StepBuilder("postCardSettlementsStep", jobRepository)
			.<UnsettledRow, UnsettledRow>chunk(properties.matchingChunkSize())
			.transactionManager(transactionManager)
			.reader(unsettledRowReader)
			.writer((chunk) -> posting.post(List.copyOf(chunk.getItems())))
			.build();
	}

	@Bean
	@StepScope
	UnsettledRowReader unsettledRowReader(SettlementPosting posting, JobProperties properties) {
		return new UnsettledRowReader(posting, properties.matchingChunkSize());
	}

	@Bean
	Step settlePayoutsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Payouts payouts,
			Clock clock) {
		return new StepBuilder("settlePayoutsStep", jobRepository).tasklet((contribution, chunk) -> {
			contribution.incrementWriteCount(payouts.matchLateReports());
			contribution.incrementWriteCount(payouts.flagMissing(LocalDate.now(clock)));
			return RepeatStatus.FINISHED;
		}).transactionManager(transactionManager).build();
	}

	/**
	 * Reads the rows whose settlement entries are not posted, a page at a time by id; a
	 * restarted run finds exactly what is left.
	 */
	static class UnsettledRowReader implements ItemReader<UnsettledRow> {

		private final SettlementPosting posting;

		private final int pageSize;

		private final Deque<UnsettledRow> page = new ArrayDeque<>();

		private long after;

		UnsettledRowReader(SettlementPosting posting, int pageSize) {
			this.posting = posting;
			this.pageSize = pageSize;
		}

		@Override
		public UnsettledRow read() {
			if (this.page.isEmpty()) {
				List<UnsettledRow> next = this.posting.unsettled(this.after, this.pageSize);
				if (next.isEmpty()) {
					return null;
				}
				this.page.addAll(next);
				this.after = next.get(next.size() - 1).cardTransactionId();
			}
			return this.page.poll();
		}

	}

}
