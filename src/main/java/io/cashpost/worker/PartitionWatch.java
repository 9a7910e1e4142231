package io.cashpost.worker;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Watches the partitions of one run of a partitioned step while workers run them, from
 * the job's JVM: logs which worker runs each and how far it got; marks failed a partition
 * whose worker is gone (its next commit then fails too, so a worker that was only cut off
 * stops where it is); and when no worker is left alive for the partitions nobody took,
 * runs them here or fails them, as the fallback says. Spring Batch's partition handler
 * meanwhile polls the job repository and returns once none is running.
 */
final class PartitionWatch implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(PartitionWatch.class);

	private final StepExecution managerStep;

	private final Setup setup;

	private final ScheduledExecutorService checks;

	private final Map<Long, Runner> announced = new HashMap<>();

	private final Set<Long> reported = new HashSet<>();

	private long lastProgress;

	private Long noWorkerSince;

	private PartitionWatch(StepExecution managerStep, Setup setup) {
		this.managerStep = managerStep;
		this.setup = setup;
		this.checks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "partition-watch-" + managerStep.getId());
			thread.setDaemon(true);
			return thread;
		});
		this.lastProgress = setup.clock().millis();
	}

	/** Starts watching the partitions of this run of the partitioned step. */
	static PartitionWatch start(StepExecution managerStep, Setup setup) {
		PartitionWatch watch = new PartitionWatch(managerStep, setup);
		long every = setup.properties().pollInterval().toMillis();
		watch.checks.scheduleWithFixedDelay(watch::checkSafely, every, every, TimeUnit.MILLISECONDS);
		return watch;
	}

	/**
	 * Everything a watch needs from the job's JVM.
	 *
	 * @param jobRepository where the partitions' state is
	 * @param placements who runs which partition
	 * @param registry which workers are alive
	 * @param properties poll interval, heartbeat timeout, wait and fallback
	 * @param partitionStep the partitions' step, to run one here
	 * @param progressInterval how often to log progress
	 * @param clock the time
	 */
	record Setup(JobRepository jobRepository, PartitionPlacements placements, WorkerRegistry registry,
			WorkerProperties properties, Step partitionStep, Duration progressInterval, Clock clock) {

	}

	private void checkSafely() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			// the database may be briefly away: the next check tries again
			logger.warn(this.managerStep.getStepName() + ": could not check the partitions: " + ex.getMessage());
		}
	}

	private synchronized void check() {
		List<StepExecution> partitions = partitions();
		Map<Long, Runner> placements = this.setup.placements()
			.of(partitions.stream().map(StepExecution::getId).toList());
		Set<Long> alive = this.setup.registry()
			.live(this.setup.properties().heartbeatTimeout())
			.stream()
			.map(WorkerRegistry.LiveWorker::id)
			.collect(Collectors.toSet());
		for (StepExecution partition : partitions) {
			Runner runner = placements.get(partition.getId());
			announce(partition, runner);
			if (partition.getStatus().isRunning() && runner != null && runner.workerId() != null
					&& !alive.contains(runner.workerId())) {
				fail(partition, runner + " is gone (its database lock was released or it stopped answering)");
			}
		}
		unclaimedWithoutWorkers(partitions, placements, alive);
		progress(partitions, placements);
	}

	/** Every partition of this run, as the job repository has it now. */
	private List<StepExecution> partitions() {
		String prefix = this.setup.partitionStep().getName() + ":";
		return this.setup.jobRepository()
			.getJobExecution(this.managerStep.getJobExecutionId())
			.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith(prefix))
			.toList();
	}

	private void announce(StepExecution partition, Runner runner) {
		if (runner != null && this.announced.putIfAbsent(partition.getId(), runner) == null) {
			logger.info(this.managerStep.getStepName() + ": " + name(partition) + " taken by " + runner);
		}
		if (!partition.getStatus().isRunning() && this.reported.add(partition.getId())) {
			logger.info(this.managerStep.getStepName() + ": " + name(partition) + " " + partition.getStatus()
					+ ((runner != null) ? " on " + runner : "") + ": " + counts(partition));
		}
	}

	/**
	 * Partitions nobody took while no worker is alive: after the same wait as at the
	 * start, the fallback decides.
	 */
	private void unclaimedWithoutWorkers(List<StepExecution> partitions, Map<Long, Runner> placements,
			Set<Long> alive) {
		List<StepExecution> unclaimed = partitions.stream()
			.filter((partition) -> partition.getStatus() == BatchStatus.STARTING)
			.filter((partition) -> !placements.containsKey(partition.getId()))
			.toList();
		if (!alive.isEmpty() || unclaimed.isEmpty()) {
			this.noWorkerSince = null;
			return;
		}
		long now = this.setup.clock().millis();
		if (this.noWorkerSince == null) {
			this.noWorkerSince = now;
		}
		if (now - this.noWorkerSince < this.setup.properties().waitForWorkers().toMillis()) {
			return;
		}
		for (StepExecution partition : unclaimed) {
			if (this.setup.properties().fallback() == WorkerProperties.Fallback.FAIL) {
				fail(partition, "no worker was alive to take it for " + this.setup.properties().waitForWorkers());
			}
			else {
				takeOver(partition);
			}
		}
	}

	/** Runs a partition nobody took in this JVM, once it is claimed for it. */
	private void takeOver(StepExecution partition) {
		Runner manager = Runner.manager();
		if (!this.setup.placements().claim(partition.getId(), manager)) {
			return;
		}
		logger.warn(this.managerStep.getStepName() + ": no worker is alive: " + name(partition) + " runs here, on "
				+ manager);
		new SimpleAsyncTaskExecutor("partition-here-").execute(() -> {
			try {
				this.setup.partitionStep().execute(this.setup.jobRepository().getStepExecution(partition.getId()));
			}
			catch (Exception ex) {
				logger.error(name(partition) + " failed here: " + ex.getMessage(), ex);
			}
		});
	}

	private void progress(List<StepExecution> partitions, Map<Long, Runner> placements) {
		long now = this.setup.clock().millis();
		if (now - this.lastProgress < this.setup.progressInterval().toMillis()) {
			return;
		}
		this.lastProgress = now;
		for (StepExecution partition : partitions) {
			if (partition.getStatus().isRunning()) {
				Runner runner = placements.get(partition.getId());
				logger.info(this.managerStep.getStepName() + ": " + name(partition) + " "
						+ ((runner != null) ? "on " + runner + ": " + counts(partition) : "waiting for a worker"));
			}
		}
	}

	/**
	 * Marks unfinished partitions failed, for {@code restart} to run again.
	 * @param reason what the partitions' exit description says
	 */
	synchronized void failUnfinished(String reason) {
		for (StepExecution partition : partitions()) {
			if (partition.getStatus().isRunning()) {
				fail(partition, reason);
			}
		}
	}

	private void fail(StepExecution partition, String reason) {
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
		partition.setEndTime(LocalDateTime.now(this.setup.clock()));
		try {
			this.setup.jobRepository().update(partition);
			logger.error(this.managerStep.getStepName() + ": " + name(partition) + " FAILED: " + reason);
		}
		catch (OptimisticLockingFailureException ex) {
			// its worker committed meanwhile: the next check looks again
		}
	}

	private static String name(StepExecution partition) {
		String name = partition.getStepName();
		return name.substring(name.indexOf(':') + 1);
	}

	private static String counts(StepExecution partition) {
		return partition.getReadCount() + " read, " + partition.getWriteCount() + " written, "
				+ partition.getFilterCount() + " left to a later step";
	}

	/** Stops watching, after a last look that reports how the last partitions ended. */
	@Override
	public void close() {
		this.checks.shutdownNow();
		checkSafely();
	}

}
