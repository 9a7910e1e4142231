package io.cashpost.worker;

import java.time.Clock;
import java.time.Duration;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;
import org.springframework.stereotype.Component;

/**
 * Gives a partitioned step the handler that runs its partitions where
 * {@code cashpost.workers.*} says: threads of the job's JVM, or worker JVMs. A step
 * partitioned through here is one workers may run.
 */
@Component
public class Partitioning {

	private final WorkerProperties properties;

	private final JobRepository jobRepository;

	private final MessageChannel partitionRequests;

	private final PartitionSteps steps;

	private final PartitionPlacements placements;

	private final WorkerRegistry registry;

	private final Clock clock;

	Partitioning(WorkerProperties properties, JobRepository jobRepository,
			@Qualifier("partitionRequests") MessageChannel partitionRequests, PartitionSteps steps,
			PartitionPlacements placements, WorkerRegistry registry, Clock clock) {
		this.properties = properties;
		this.jobRepository = jobRepository;
		this.partitionRequests = partitionRequests;
		this.steps = steps;
		this.placements = placements;
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * The partition handler of a partitioned step.
	 * @param partitionStep the step each partition runs
	 * @param gridSize how many partitions
	 * @param progressInterval how often the job's JVM logs how far the workers got
	 */
	public PartitionHandler handler(Step partitionStep, int gridSize, Duration progressInterval) {
		this.steps.register(partitionStep);
		MessageChannelPartitionHandler remote = new MessageChannelPartitionHandler();
		remote.setStepName(partitionStep.getName());
		remote.setGridSize(gridSize);
		remote.setMessagingOperations(new MessagingTemplate(this.partitionRequests));
		// results are read from the job repository (no reply channel), often, and not
		// forever: Spring Batch's defaults (10 s, no limit) suit neither a run of
		// seconds nor a worker that hangs
		remote.setJobRepository(this.jobRepository);
		remote.setPollInterval(this.properties.pollInterval().toMillis());
		remote.setTimeout(this.properties.timeout().toMillis());
		try {
			remote.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return new PartitionDispatch(new LocalPartitions(partitionStep, gridSize, this.placements), remote,
				new PartitionWatch.Setup(this.jobRepository, this.placements, this.registry, this.properties,
						partitionStep, progressInterval, this.clock));
	}

}
