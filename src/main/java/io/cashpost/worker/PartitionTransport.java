package io.cashpost.worker;

/**
 * How partition requests reach the workers. The job's JVM sends them to the
 * {@code partitionRequests} channel; a worker takes them from here.
 */
interface PartitionTransport {

	/**
	 * Starts handing requests to this worker, at most {@code cashpost.workers.threads} at
	 * once.
	 * @return what stops it
	 */
	AutoCloseable startIntake(PartitionRequests requests);

	/** What a worker's start line says of it, e.g. {@code jdbc, polled every 1s}. */
	String describe();

}
