package io.cashpost.job;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Replaces a failed execution's exit description, a stack trace the repository cuts short
 * before its cause, with the one line that says what went wrong where: what {@code jobs}
 * shows.
 */
class FailureSummary implements JobExecutionListener {

	@Override
	public void afterJob(JobExecution jobExecution) {
		if (jobExecution.getStatus() != BatchStatus.COMPLETED) {
			String failure = JobFailedException.firstFailure(jobExecution)
				.map(JobFailedException::describe)
				.orElse(null);
			if (failure != null) {
				jobExecution.setExitStatus(new ExitStatus(jobExecution.getExitStatus().getExitCode(), failure));
			}
		}
	}

}
