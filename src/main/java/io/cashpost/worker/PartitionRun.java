package io.cashpost.worker;

/**
 * One partition of a job execution and the JVM that ran it, as {@code jobs} lists it.
 *
 * @param jobExecutionId the job execution
 * @param partition its name, e.g. {@code partition0}
 * @param status {@code COMPLETED}, {@code FAILED}, {@code STARTED}, ...
 * @param runner who ran it, e.g. {@code worker #3 node-a:4121}, or {@code -} when nobody
 * took it
 * @param read items read
 * @param written items written
 * @param filtered items passed over (left to a later step)
 * @param exitDescription why it failed, or empty
 */
public record PartitionRun(long jobExecutionId, String partition, String status, String runner, long read, long written,
		long filtered, String exitDescription) {

}
