package io.cashpost.job;

import java.util.concurrent.atomic.AtomicInteger;

import io.cashpost.matching.MatchingProperties;
import io.cashpost.matching.PaymentMatcher;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When matching indexes the open invoices afresh: at the start of a run in the job's JVM,
 * at a worker's first partition of a run, and in every JVM at its first partition of the
 * second round.
 */
class RunIndexingTests {

	private final AtomicInteger refreshes = new AtomicInteger();

	private final PaymentMatcher matcher = new PaymentMatcher(null, MatchingProperties.defaults()) {

		@Override
		public void refresh() {
			RunIndexingTests.this.refreshes.incrementAndGet();
			super.refresh();
		}

	};

	private final RunIndexing indexing = new RunIndexing(this.matcher);

	private final JobExecution run = new JobExecution(7, new JobInstance(3, "matchAndPostJob"), new JobParameters());

	@Test
	void theJobsJvmIndexesAtTheStartAndForTheSecondRound() {
		this.indexing.beforeJob(this.run);
		this.indexing.beforeStep(partition(1, "partition0"));
		this.indexing.beforeStep(partition(2, "partition1"));
		this.indexing.beforeStep(partition(3, "handedOver0"));
		this.indexing.beforeStep(partition(4, "handedOver1"));

		assertThat(this.refreshes).hasValue(2);
	}

	@Test
	void aWorkerIndexesAtItsFirstPartitionOfEachRound() {
		this.indexing.beforeStep(partition(1, "partition0"));
		this.indexing.beforeStep(partition(2, "partition1"));
		assertThat(this.refreshes).hasValue(1);

		this.indexing.beforeStep(partition(3, "handedOver1"));
		this.indexing.beforeStep(partition(4, "handedOver0"));
		assertThat(this.refreshes).hasValue(2);
	}

	@Test
	void aWorkerThatJoinsInTheSecondRoundIndexesOnce() {
		this.indexing.beforeStep(partition(3, "handedOver1"));
		this.indexing.beforeStep(partition(4, "handedOver0"));

		assertThat(this.refreshes).hasValue(1);
	}

	private StepExecution partition(long id, String name) {
		StepExecution step = new StepExecution(id, "matchAndPostPartitionStep:" + name, this.run);
		if (name.startsWith("handedOver")) {
			step.getExecutionContext().put(HandedOverPartitioner.HANDED_OVER_ROUND, true);
		}
		return step;
	}

}
