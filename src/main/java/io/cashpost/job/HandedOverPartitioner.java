package io.cashpost.job;

import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The second round of a {@code matchAndPostJob} run: the same partitions, each owning the
 * same customers as in the first, each reading only the payments handed to it
 * ({@link HandOvers}). No routing: the first round's routes stand.
 */
class HandedOverPartitioner implements Partitioner {

	/** Marks a partition of the second round, in its step execution context. */
	static final String HANDED_OVER_ROUND = "handedOver";

	private final MatchRoutes routes;

	private final long routeId;

	HandedOverPartitioner(MatchRoutes routes, long routeId) {
		this.routes = routes;
		this.routeId = routeId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = CustomerPartitioner.partitions("handedOver", this.routeId, gridSize,
				this.routes.handedOver(this.routeId));
		partitions.values().forEach((context) -> context.put(HANDED_OVER_ROUND, true));
		return partitions;
	}

}
