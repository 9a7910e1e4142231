package io.cashpost.job;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;

/** A job ended without completing; the message says which and why. */
public class JobFailedException extends RuntimeException {

	JobFailedException(String jobName, JobExecution execution) {
		super(jobName + " (execution " + execution.getId() + ") ended " + execution.getStatus() + ": "
				+ firstFailure(execution).map(JobFailedException::describe)
					.orElse(execution.getExitStatus().getExitDescription()));
	}

	/**
	 * What went wrong first where it went wrong: a failed partition's own failure rather
	 * than its manager step's "partition handler returned an unsuccessful step".
	 */
	static Optional<Throwable> firstFailure(JobExecution execution) {
		Optional<Throwable> partition = execution.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().contains(":partition"))
			.flatMap((step) -> step.getFailureExceptions().stream())
			.findFirst();
		return partition.or(() -> execution.getAllFailureExceptions().stream().findFirst());
	}

	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

}
