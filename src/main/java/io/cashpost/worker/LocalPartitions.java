package io.cashpost.worker;

import java.util.concurrent.FutureTask;

import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the partitions as threads of the job's own JVM, at most {@code gridSize} at once,
 * each recorded as run by the manager.
 */
class LocalPartitions extends TaskExecutorPartitionHandler {

	private final PartitionPlacements placements;

	LocalPartitions(Step partitionStep, int gridSize, PartitionPlacements placements) {
		this.placements = placements;
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("partition-");
		threads.setConcurrencyLimit(gridSize);
		setTaskExecutor(threads);
		setStep(partitionStep);
		setGridSize(gridSize);
	}

	@Override
	protected FutureTask<StepExecution> createTask(Step step, StepExecution stepExecution) {
		return new FutureTask<>(() -> {
			if (!this.placements.claim(stepExecution.getId(), Runner.manager())) {
				throw new IllegalStateException(PartitionRequests.describe(stepExecution) + " was claimed by another");
			}
			step.execute(stepExecution);
			return stepExecution;
		});
	}

}
