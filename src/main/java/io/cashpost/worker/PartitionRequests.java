package io.cashpost.worker;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes partition requests on a worker: claims the partition (a request for a partition
 * someone else claimed, or one no longer waiting to start, is dropped: a request may come
 * twice), then runs it with Spring Batch's {@link StepExecutionRequestHandler}, which
 * keeps its state in the job repository where the job's JVM reads it. The transport's
 * thread waits while the partition runs, so a worker takes no more requests than it has
 * threads; the partition itself runs on a thread of its own, free of the transport's
 * transaction.
 */
class PartitionRequests {

	private static final Log logger = LogFactory.getLog(PartitionRequests.class);

	private final JobRepository jobRepository;

	private final PartitionPlacements placements;

	private final PartitionSteps steps;

	private final Runner me;

	private final StepExecutionRequestHandler handler;

	private final ExecutorService partitions;

	private volatile boolean stopping;

	PartitionRequests(JobRepository jobRepository, PartitionPlacements placements, PartitionSteps steps, Runner me,
			ExecutorService partitions) {
		this.jobRepository = jobRepository;
		this.placements = placements;
		this.steps = steps;
		this.me = me;
		this.partitions = partitions;
		this.handler = new StepExecutionRequestHandler();
		this.handler.setJobRepository(jobRepository);
		this.handler.setStepLocator(steps);
	}

	/**
	 * For a transport that takes the request in a database transaction ({@code jdbc}):
	 * the claim commits with the request's removal, or neither does; the partition runs
	 * once both committed. A worker killed in between leaves a claim the job's JVM sees
	 * is its own, and fails the partition; killed before, the request is there again.
	 */
	void takeInTransaction(StepExecutionRequest request) {
		if (!claim(request)) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					run(request);
				}
			}
		});
	}

	/**
	 * For a transport that acknowledges the request once this returns ({@code jms}): a
	 * worker killed before that gets the request delivered to another, which finds it
	 * claimed (and the job's JVM fails it) or not yet claimed (and runs it).
	 */
	void take(StepExecutionRequest request) {
		if (claim(request)) {
			run(request);
		}
	}

	/**
	 * Takes no more requests: each is refused with {@link Stopping}, which leaves it for
	 * another worker (the transport rolls back its removal).
	 */
	void stop() {
		this.stopping = true;
	}

	private boolean claim(StepExecutionRequest request) {
		if (this.stopping) {
			throw new Stopping(this.me + " is stopping");
		}
		if (!this.steps.knows(request.getStepName())) {
			logger.error(this.me + ": dropped " + request + ": no such partitioned step here (another version?)");
			return false;
		}
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null) {
			logger.warn(this.me + ": dropped " + request + ": no such step execution");
			return false;
		}
		if (partition.getStatus() != BatchStatus.STARTING) {
			logger.info(this.me + ": dropped the request for " + describe(partition) + ": it is "
					+ partition.getStatus() + " already");
			return false;
		}
		if (!this.placements.claim(partition.getId(), this.me)) {
			logger.info(this.me + ": dropped the request for " + describe(partition) + ": taken by another");
			return false;
		}
		logger.info(this.me + " takes " + describe(partition));
		return true;
	}

	private void run(StepExecutionRequest request) {
		Future<StepExecution> running = this.partitions.submit(() -> this.handler.handle(request));
		try {
			StepExecution done = running.get();
			logger.info(this.me + ": " + describe(done) + " " + done.getStatus() + took(done) + ": "
					+ done.getReadCount() + " read, " + done.getWriteCount() + " written, " + done.getFilterCount()
					+ " left to a later step");
		}
		catch (InterruptedException ex) {
			// stopping: the partition stops itself at its next chunk
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			logger.error(this.me + ": " + request + " failed: " + ex.getCause().getMessage(), ex.getCause());
		}
	}

	/** {@code partition0 of matchAndPostJob execution 12}. */
	static String describe(StepExecution partition) {
		String name = partition.getStepName();
		return name.substring(name.indexOf(':') + 1) + " of "
				+ partition.getJobExecution().getJobInstance().getJobName() + " execution "
				+ partition.getJobExecutionId();
	}

	private static String took(StepExecution done) {
		LocalDateTime start = done.getStartTime();
		LocalDateTime end = done.getEndTime();
		return (start != null && end != null) ? " in " + Duration.between(start, end).toMillis() / 1000.0 + " s" : "";
	}

	/** A request refused because the worker is stopping; it stays for another. */
	static final class Stopping extends RuntimeException {

		Stopping(String message) {
			super(message);
		}

	}

}
