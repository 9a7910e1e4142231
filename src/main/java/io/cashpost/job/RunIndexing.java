package io.cashpost.job;

import io.cashpost.matching.PaymentMatcher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Matching indexes the open invoices once per run, from what is committed when the run
 * starts (after {@link MatchingLock}: no other run changes them meanwhile), in every JVM
 * that matches for the run: the job's own at its start, and a worker at the first
 * partition of the run it takes (a worker sees a different run each time). Partitions of
 * one run in one JVM share the index, as threads of the job's JVM always did.
 */
class RunIndexing implements JobExecutionListener, StepExecutionListener {

	private final PaymentMatcher matcher;

	private Long indexedFor;

	RunIndexing(PaymentMatcher matcher) {
		this.matcher = matcher;
	}

	@Override
	public synchronized void beforeJob(JobExecution jobExecution) {
		this.matcher.refresh();
		this.indexedFor = jobExecution.getId();
	}

	/** Before a partition: indexes afresh unless this JVM already did for its run. */
	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		if (!Long.valueOf(stepExecution.getJobExecutionId()).equals(this.indexedFor)) {
			this.matcher.refresh();
			this.indexedFor = stepExecution.getJobExecutionId();
		}
	}

}
