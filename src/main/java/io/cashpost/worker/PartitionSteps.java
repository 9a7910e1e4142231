package io.cashpost.worker;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.stereotype.Component;

/**
 * The steps a worker may run (those partitioned through {@link Partitioning}), and the
 * partitions running in this JVM, so that a worker told to stop can stop them at their
 * next chunk boundary: they end {@code STOPPED}, for {@code restart} to finish.
 */
@Component
class PartitionSteps implements StepLocator {

	private final Map<String, Step> steps = new ConcurrentHashMap<>();

	private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	void register(Step step) {
		this.steps.put(step.getName(), step);
	}

	boolean knows(String stepName) {
		return this.steps.containsKey(stepName);
	}

	@Override
	public Step getStep(String stepName) {
		Step step = this.steps.get(stepName);
		return (step != null) ? new Tracked(step) : null;
	}

	/** Lets partitions run (again): a worker starts. */
	void allowRuns() {
		this.stopping = false;
	}

	/**
	 * Asks every partition running here to stop after its current chunk, and any starting
	 * from now on to stop before its first.
	 */
	void stopAll() {
		this.stopping = true;
		this.running.forEach(StepExecution::setTerminateOnly);
	}

	/** Waits until no partition runs here, at most this long. */
	boolean awaitIdle(Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!this.running.isEmpty()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	int runningCount() {
		return this.running.size();
	}

	/** A step whose executions are known while they run. */
	private final class Tracked implements Step {

		private final Step step;

		private Tracked(Step step) {
			this.step = step;
		}

		@Override
		public String getName() {
			return this.step.getName();
		}

		@Override
		public void execute(StepExecution stepExecution) throws JobInterruptedException {
			PartitionSteps.this.running.add(stepExecution);
			if (PartitionSteps.this.stopping) {
				stepExecution.setTerminateOnly();
			}
			try {
				this.step.execute(stepExecution);
			}
			finally {
				PartitionSteps.this.running.remove(stepExecution);
			}
		}

		@Override
		public boolean isAllowStartIfComplete() {
			return this.step.isAllowStartIfComplete();
		}

		@Override
		public int getStartLimit() {
			return this.step.getStartLimit();
		}

	}

}
