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
 * <p>
 * The job's JVM runs every partition of both rounds when it runs any, so its index stays
 * true from one round to the next. A worker sees only the postings of the partitions it
 * ran: it indexes again at the first partition of the second round
 * ({@link HandedOverPartitioner}), which may own customers another worker posted to.
 */
class RunIndexing implements JobExecutionListener, StepExecutionListener {

	private final PaymentMatcher matcher;

	private Long indexedFor;

	/** Whether this JVM runs the job, and so every partition of it that runs here. */
	private boolean runsTheJob;

	private boolean secondRound;

	RunIndexing(PaymentMatcher matcher) {
		this.matcher = matcher;
	}

	@Override
	public synchronized void beforeJob(JobExecution jobExecution) {
		this.matcher.refresh();
		this.indexedFor = jobExecution.getId();
		this.runsTheJob = true;
		this.secondRound = false;
	}

	/**
	 * Before a partition: indexes afresh unless this JVM already did for its run (and, on
	 * a worker, for its round).
	 */
	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		boolean second = stepExecution.getExecutionContext().containsKey(HandedOverPartitioner.HANDED_OVER_ROUND);
		if (!Long.valueOf(stepExecution.getJobExecutionId()).equals(this.indexedFor)) {
			this.matcher.refresh();
			this.indexedFor = stepExecution.getJobExecutionId();
			this.runsTheJob = false;
			this.secondRound = second;
		}
		else if (second && !this.secondRound) {
			if (!this.runsTheJob) {
				this.matcher.refresh();
			}
			this.secondRound = true;
		}
	}

}
