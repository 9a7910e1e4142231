package io.cashpost.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the pending payments of a {@code matchAndPostJob} run into partitions by
 * customer, so that partitions never touch the same invoice:
 * <ol>
 * <li>Before matching, every pending payment is routed by the customer it names
 * ({@link MatchRoutes}); each customer goes to exactly one partition of the run. The
 * customers routed to a partition are the ones it owns, and no two partitions own the
 * same customer.</li>
 * <li>An invoice belongs to one customer, and a posting changes only invoices (and
 * credit) of the customers its allocations name. A partition carries out an automatic
 * posting only when every customer it names is one the partition owns
 * ({@link OwnedCustomersMatcher}); anything else it leaves undecided. So two partitions
 * never post to one invoice, whatever rule matching used or learns later.</li>
 * <li>Payments left undecided (a decision reaching another partition's customer) and
 * payments that arrived after routing are decided afterwards by
 * {@code matchRemainderStep}, alone.</li>
 * <li>Runs never overlap: {@link MatchingLock} lets one run at a time match, across
 * processes.</li>
 * </ol>
 * Referrals to the exception queue (and to suspense) touch no invoice, so they need no
 * ownership; reversals of returned payments reopen invoices the payment does not name, so
 * they always go to the serial step.
 */
class CustomerPartitioner implements Partitioner {

	static final String ROUTE_ID = "routeId";

	static final String PARTITION = "partition";

	static final String PAYMENTS = "payments";

	private final MatchRoutes routes;

	private final long routeId;

	CustomerPartitioner(MatchRoutes routes, long routeId) {
		this.routes = routes;
		this.routeId = routeId;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		long started = System.nanoTime();
		Map<Integer, Long> payments = this.routes.route(this.routeId, gridSize);
		StepContext step = StepSynchronizationManager.getContext();
		if (step != null) {
			StageTimes.record(step.getStepExecution().getExecutionContext(), StageTimes.ROUTE,
					System.nanoTime() - started);
		}
		return partitions("partition", this.routeId, gridSize, payments);
	}

	/**
	 * One execution context per partition of the run's routes, named {@code name0},
	 * {@code name1}...: the route, the partition and how many payments it reads.
	 */
	static Map<String, ExecutionContext> partitions(String name, long routeId, int gridSize,
			Map<Integer, Long> payments) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int partition = 0; partition < gridSize; partition++) {
			ExecutionContext context = new ExecutionContext();
			context.putLong(ROUTE_ID, routeId);
			context.putInt(PARTITION, partition);
			context.putLong(PAYMENTS, payments.getOrDefault(partition, 0L));
			partitions.put(name + partition, context);
		}
		return partitions;
	}

}
