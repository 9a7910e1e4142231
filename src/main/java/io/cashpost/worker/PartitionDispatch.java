package io.cashpost.worker;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;

/**
 * Where a run's partitions go: in {@code remote} mode to the workers (Spring Batch's
 * {@link MessageChannelPartitionHandler}: requests out through a channel, results read
 * from the job repository), watched while they run; in {@code local} mode, or when no
 * worker turned up in time and the fallback allows it, to threads of this JVM.
 */
class PartitionDispatch implements PartitionHandler {

	private static final Log logger = LogFactory.getLog(PartitionDispatch.class);

	private final PartitionHandler local;

	private final MessageChannelPartitionHandler remote;

	private final PartitionWatch.Setup setup;

	PartitionDispatch(PartitionHandler local, MessageChannelPartitionHandler remote, PartitionWatch.Setup setup) {
		this.local = local;
		this.remote = remote;
		this.setup = setup;
	}

	@Override
	public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStep)
			throws Exception {
		WorkerProperties properties = this.setup.properties();
		if (properties.mode() == WorkerProperties.Mode.LOCAL) {
			return this.local.handle(splitter, managerStep);
		}
		if (!aWorkerIsAlive()) {
			if (properties.fallback() == WorkerProperties.Fallback.FAIL) {
				throw new IllegalStateException("no Cashpost worker is alive (waited " + properties.waitForWorkers()
						+ "): start `cashpost worker` on this database, or set cashpost.workers.fallback=run-locally");
			}
			logger.warn(managerStep.getStepName() + ": no worker is alive (waited " + properties.waitForWorkers()
					+ "): the partitions run here, on " + Runner.manager());
			return this.local.handle(splitter, managerStep);
		}
		try (PartitionWatch watch = PartitionWatch.start(managerStep, this.setup)) {
			try {
				Collection<StepExecution> partitions = this.remote.handle(splitter, managerStep);
				explainFailures(managerStep, partitions);
				return partitions;
			}
			catch (TimeoutException ex) {
				String reason = "no result within cashpost.workers.timeout=" + properties.timeout();
				watch.failUnfinished(reason);
				throw new IllegalStateException(managerStep.getStepName() + ": " + reason, ex);
			}
		}
	}

	/**
	 * A partition that failed or stopped on a worker is not part of this JVM's job
	 * execution: the partitioned step fails with its cause (and the partitions' counts),
	 * so that the run's failure names it.
	 */
	private static void explainFailures(StepExecution managerStep, Collection<StepExecution> partitions) {
		List<String> failures = partitions.stream()
			.filter((partition) -> partition.getStatus() != BatchStatus.COMPLETED)
			.map((partition) -> PartitionRequests.describe(partition) + " ended " + partition.getStatus() + ": "
					+ ((partition.getStatus() == BatchStatus.STOPPED) ? "its worker was stopped"
							: StoredFailure.cause(partition.getExitStatus().getExitDescription())))
			.toList();
		if (!failures.isEmpty()) {
			new DefaultStepExecutionAggregator().aggregate(managerStep, partitions);
			throw new IllegalStateException(String.join("; ", failures) + "; restart the execution to run "
					+ ((failures.size() == 1) ? "it" : "them") + " again");
		}
	}

	/** Waits, up to {@code wait-for-workers}, until a worker is alive. */
	private boolean aWorkerIsAlive() throws InterruptedException {
		long deadline = this.setup.clock().millis() + this.setup.properties().waitForWorkers().toMillis();
		while (this.setup.registry().live(this.setup.properties().heartbeatTimeout()).isEmpty()) {
			if (this.setup.clock().millis() >= deadline) {
				return false;
			}
			Thread.sleep(Math.min(500, this.setup.properties().pollInterval().toMillis()));
		}
		return true;
	}

}
