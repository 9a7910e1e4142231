package io.cashpost.job;

import org.springframework.batch.core.job.JobExecution;

/** A job ended without completing; the message says which and why. */
public class JobFailedException extends RuntimeException {

	JobFailedException(String jobName, JobExecution execution) {
		super(jobName + " (execution " + execution.getId() + ") ended " + execution.getStatus() + ": "
				+ execution.getAllFailureExceptions()
					.stream()
					.findFirst()
					.map(JobFailedException::describe)
					.orElse(execution.getExitStatus().getExitDescription()));
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
