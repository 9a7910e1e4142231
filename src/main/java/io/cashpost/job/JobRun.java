package io.cashpost.job;

/**
 * How a run that {@code run} or {@code restart} started ended.
 *
 * @param job the job's name
 * @param executionId its execution, or {@code null} when none was started
 * @param status {@code COMPLETED}, {@code FAILED}, {@code STOPPED}, or {@code NOOP} when
 * there was nothing to do (this instance had completed before)
 * @param summary one line saying what it did or why it failed
 */
public record JobRun(String job, Long executionId, String status, String summary) {

	/** Completed, or nothing left to do. */
	public boolean succeeded() {
		return "COMPLETED".equals(this.status) || "NOOP".equals(this.status);
	}

}
