package io.cashpost.job;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One execution of a job, as {@code jobs} lists it.
 *
 * @param executionId the execution's id, what {@code restart} takes
 * @param job the job's name
 * @param parameters its identifying parameters
 * @param status {@code COMPLETED}, {@code FAILED}, {@code STARTED}, ...
 * @param exitCode its exit code
 * @param started when it started, or {@code null}
 * @param duration how long it ran (so far), or {@code null}
 * @param read items read by its steps
 * @param written items written by its steps
 * @param filtered items its steps passed over (left to a later step, refused files)
 * @param exitMessage the first line of what went wrong, or empty
 */
public record JobExecutionRecord(long executionId, String job, String parameters, String status, String exitCode,
		LocalDateTime started, Duration duration, long read, long written, long filtered, String exitMessage) {

}
