package io.cashpost.matching;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets threads decide at once and still never count twice on one open amount. A decision
 * reads without locks; it is carried into the run's picture only if none of the customers
 * it posts to changed since it began, else the caller decides it again on what is open
 * now. The check and the change happen under locks striped by customer: two decisions
 * wait for each other only when their customers share a stripe, never behind one lock for
 * all.
 */
final class CustomerVersions {

	private static final int STRIPES = 64;

	private final AtomicLong clock = new AtomicLong();

	private final AtomicLongArray changedAt;

	private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

	CustomerVersions(int customers) {
		this.changedAt = new AtomicLongArray(customers);
		for (int i = 0; i < STRIPES; i++) {
			this.locks[i] = new ReentrantLock();
		}
	}

	/** The moment a decision begins, to hand to {@link #changeIfUnchanged}. */
	long now() {
		return this.clock.get();
	}

	/**
	 * Runs the change when none of the customers changed since {@code since}, and marks
	 * them changed.
	 * @return whether it ran
	 */
	boolean changeIfUnchanged(long since, int[] customers, Runnable change) {
		int[] stripes = Arrays.stream(customers).map((customer) -> customer % STRIPES).sorted().distinct().toArray();
		for (int stripe : stripes) {
			this.locks[stripe].lock();
		}
		try {
			for (int customer : customers) {
				if (this.changedAt.get(customer) > since) {
					return false;
				}
			}
			change.run();
			long at = this.clock.incrementAndGet();
			for (int customer : customers) {
				this.changedAt.set(customer, at);
			}
			return true;
		}
		finally {
			for (int i = stripes.length - 1; i >= 0; i--) {
				this.locks[stripes[i]].unlock();
			}
		}
	}

}
