package io.cashpost.worker;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * This JVM as a worker ({@code cashpost worker}): registers in the shared database, takes
 * partition requests and runs them until stopped. Stopping lets the partitions running
 * here end at their next chunk boundary ({@code STOPPED}, for {@code restart} to finish)
 * and leaves waiting requests to the other workers.
 */
@Component
public class Worker {

	private static final Log logger = LogFactory.getLog(Worker.class);

	/** How long a stopping worker waits for its partitions to reach a chunk boundary. */
	private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

	private final WorkerProperties properties;

	private final WorkerRegistry registry;

	private final PartitionTransport transport;

	private final PartitionSteps steps;

	private final PartitionPlacements placements;

	private final JobRepository jobRepository;

	private Running running;

	Worker(WorkerProperties properties, WorkerRegistry registry, PartitionTransport transport, PartitionSteps steps,
			PartitionPlacements placements, JobRepository jobRepository) {
		this.properties = properties;
		this.registry = registry;
		this.transport = transport;
		this.steps = steps;
		this.placements = placements;
		this.jobRepository = jobRepository;
	}

	/**
	 * Registers and starts taking partitions.
	 * @return one line saying who this worker is and how it takes partitions
	 */
	public synchronized String start() {
		if (this.running != null) {
			throw new IllegalStateException("this worker runs already");
		}
		String name = (this.properties.name() != null && !this.properties.name().isBlank()) ? this.properties.name()
				: Runner.thisJvm();
		WorkerRegistry.Registration registration = this.registry.register(name, this.properties.threads());
		ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("worker-heartbeat"));
		long every = this.properties.heartbeatInterval().toMillis();
		heartbeat.scheduleWithFixedDelay(() -> beat(registration), every, every, TimeUnit.MILLISECONDS);
		ExecutorService partitions = Executors.newCachedThreadPool(daemon("partition"));
		PartitionRequests requests = new PartitionRequests(this.jobRepository, this.placements, this.steps,
				registration.runner(), partitions);
		this.steps.allowRuns();
		AutoCloseable intake = this.transport.startIntake(requests);
		this.running = new Running(registration, heartbeat, partitions, requests, intake);
		String line = registration.runner() + " takes partitions (" + this.transport.describe() + ", "
				+ this.properties.threads() + " at once)";
		logger.info(line);
		return line;
	}

	/** Stops taking partitions, lets those running here stop, and deregisters. */
	public synchronized void stop() {
		Running stopping = this.running;
		if (stopping == null) {
			return;
		}
		this.running = null;
		stopping.requests().stop();
		this.steps.stopAll();
		try {
			if (!this.steps.awaitIdle(STOP_PATIENCE)) {
				logger.warn(stopping.registration().runner() + ": " + this.steps.runningCount()
						+ " partitions still running after " + STOP_PATIENCE + "; stopping anyway");
			}
			stopping.intake().close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			logger.warn("stopping the intake of partition requests: " + ex.getMessage());
		}
		stopping.partitions().shutdownNow();
		stopping.heartbeat().shutdownNow();
		stopping.registration().close();
		logger.info(stopping.registration().runner() + " stopped");
	}

	private void beat(WorkerRegistry.Registration registration) {
		try {
			registration.heartbeat();
		}
		catch (RuntimeException ex) {
			// the database is away: the job's JVM will take this worker for dead, and
			// the next beat tries again
			logger.warn(registration.runner() + ": " + ex.getMessage());
		}
	}

	private static java.util.concurrent.ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	private record Running(WorkerRegistry.Registration registration, ScheduledExecutorService heartbeat,
			ExecutorService partitions, PartitionRequests requests, AutoCloseable intake) {

	}

}
