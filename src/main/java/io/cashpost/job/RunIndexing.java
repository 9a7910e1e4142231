package io.cashpost.job;

import io.cashpost.matching.PaymentMatcher;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Matching indexes the open invoices once per round of a run, from what is committed when
 * the round starts (after {@link MatchingLock}: no other run changes them meanwhile), in
 * every JVM that matches for the run: the job's own at its start, a worker at the first
 * partition of the run it takes (a worker sees a different run each time), and every JVM
 * again at the first partition of the second round ({@link HandedOverPartitioner}).
 * Partitions of one round in one JVM share the index, as threads of the job's JVM always
 * did. The second round indexes afresh because the first round's picture counts postings
 * the partitions left to others as made, and a worker's shows only its own partitions'.
 */
class RunIndexing implements JobExecutionListener, StepExecutionListener {

	private final PaymentMatcher matcher;

	private Long indexedFor;

	private boolean secondRound;

	RunIndexing(PaymentMatcher matcher) {
		this.matcher = matcher;
	}

	@Override
	public synchronized void beforeJob(JobExecution jobExecution) {
		this.matcher.refresh();
		this.indexedFor = jobExecution.getId();
		this.secondRound = false;
	}

	/**
	 * Before a partition: indexes afresh unless this JVM already did for its run and
	 * round.
	 */
	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		boolean second = stepExecution.getExecutionContext().containsKey(HandedOverPartitioner.HANDED_OVER_ROUND);
		if (!Long.valueOf(stepExecution.getJobExecutionId()).equals(this.indexedFor) || second != this.secondRound) {
			this.matcher.refresh();
			this.indexedFor = stepExecution.getJobExecutionId();
			this.secondRound = second;
		}
	}

}
