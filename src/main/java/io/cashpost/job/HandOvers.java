package io.cashpost.job;

import java.util.ArrayList;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The postings a partition of the first round left because they name a customer another
 * partition owns (a payment routed by hash, say: routing could not tell its customer).
 * When the partition ends, each payment whose posting names one customer is handed to the
 * partition owning that customer ({@link MatchRoutes#handOver}), which decides it again
 * in the second round, {@code matchHandedOverStep}, side by side with the other
 * partitions, instead of the serial step deciding it alone. Its route stays as it was:
 * the receiving partition's first round, perhaps still running, does not read it (it
 * would decide it against the first round's picture, in which the handing partition's
 * decision still holds the invoice).
 * <p>
 * Only a hint: the second round decides afresh and carries out only postings to its own
 * customers, and a payment not handed over (a posting naming several partitions'
 * customers, or a partition that failed) is decided by the serial step. In the second
 * round itself nothing is handed over again.
 */
class HandOvers implements StepExecutionListener {

	/** How many payments a partition handed over, in its step execution context. */
	static final String HANDED_OVER = "cashpost.handedOver";

	private final MatchRoutes routes;

	private final Long routeId;

	private final boolean firstRound;

	private final List<Long> payments = new ArrayList<>();

	private final List<String> customers = new ArrayList<>();

	/**
	 * @param routes where payments are routed
	 * @param routeId the run's routes
	 * @param firstRound whether the partition is one of the first round: only those hand
	 * over
	 */
	HandOvers(MatchRoutes routes, Long routeId, boolean firstRound) {
		this.routes = routes;
		this.routeId = routeId;
		this.firstRound = firstRound;
	}

	/** A posting the partition left: remembered when it names one customer. */
	void offer(AutoPost post) {
		if (this.firstRound) {
			post.onlyCustomer().ifPresent((customer) -> {
				this.payments.add(post.payment().transactionId());
				this.customers.add(customer);
			});
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!this.payments.isEmpty()) {
			int handed = this.routes.handOver(this.routeId, this.payments, this.customers);
			stepExecution.getExecutionContext().putLong(HANDED_OVER, handed);
			this.payments.clear();
			this.customers.clear();
		}
		return null;
	}

}
