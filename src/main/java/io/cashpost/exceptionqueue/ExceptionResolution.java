package io.cashpost.exceptionqueue;

import java.time.Clock;
import java.time.Instant;

import io.cashpost.exceptionqueue.JdbcExceptionItems.Item;
import io.cashpost.money.Money;
import io.cashpost.posting.Release;
import io.cashpost.posting.ResolutionPosting;
import io.cashpost.posting.ResolutionRefusedException;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves an exception once, in one transaction: records who decided what and when, and
 * posts the resolution entry from suspense under the resolution's key. A job posting to
 * the same invoices or returning the same payment meanwhile waits on the same row locks,
 * so nothing is overdrawn or moved twice.
 */
@Service
public class ExceptionResolution {

	private static final int ATTEMPTS = 3;

	private final JdbcExceptionItems items;

	private final ResolutionPosting posting;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExceptionResolution(JdbcExceptionItems items, ResolutionPosting posting,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.items = items;
		this.posting = posting;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param resolvedBy who decides
	 * @throws ResolutionRefusedException when the item does not exist, is resolved
	 * already, or the resolution does not fit it; nothing is posted then
	 */
	public Resolved resolve(long exceptionId, Resolution resolution, String resolvedBy) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> resolveOnce(exceptionId, resolution, resolvedBy));
			}
			catch (PessimisticLockingFailureException ex) {
				// A deadlock with a job holding the same rows: the job goes on, we try
				// again.
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Resolved resolveOnce(long exceptionId, Resolution resolution, String resolvedBy) {
		Item item = this.items.lock(exceptionId)
			.orElseThrow(() -> new ResolutionRefusedException("no exception " + exceptionId));
		checkFits(item, resolution);
		Instant now = this.clock.instant();
		long resolutionId = this.items.recordResolution(exceptionId, resolution, resolvedBy, now);
		Money amount = money(item);
		Long entryId = null;
		if (resolution.movesMoney()) {
			entryId = post(new Release("resolution:" + resolutionId, item.bankTransactionId(), amount, resolvedBy),
					resolution);
		}
		this.items.markResolved(exceptionId, resolutionId, entryId);
		return new Resolved(exceptionId, resolutionId, resolution, amount, entryId, resolvedBy, now);
	}

	/**
	 * The payment's money at its currency's scale ({@code 77.00}, not {@code 77.0000}).
	 */
	private static Money money(Item item) {
		Money stored = Money.of(item.amount(), item.currency());
		return new Money(stored.inCurrencyScale(), stored.currency());
	}

	private long post(Release release, Resolution resolution) {
		if (resolution instanceof Resolution.Assign assign) {
			return this.posting.assign(release, assign.amounts());
		}
		if (resolution instanceof Resolution.OnAccount onAccount) {
			return this.posting.onAccount(release, onAccount.customerId());
		}
		if (resolution instanceof Resolution.NonReceivable nonReceivable) {
			return this.posting.toAccount(release, nonReceivable.account());
		}
		return this.posting.refund(release);
	}

	private static void checkFits(Item item, Resolution resolution) {
		if (!item.status().equals("open")) {
			throw new ResolutionRefusedException("exception " + item.exceptionId() + " is resolved already ("
					+ item.resolvedAs() + " by " + item.resolvedBy() + " at " + item.resolvedAt() + ")");
		}
		boolean inSuspense = item.suspenseEntryId() != null;
		if (resolution.movesMoney() && !inSuspense) {
			throw new ResolutionRefusedException("exception " + item.exceptionId() + " (" + item.reason()
					+ ") holds no money in suspense: dismiss it");
		}
		if (!resolution.movesMoney() && inSuspense) {
			throw new ResolutionRefusedException("exception " + item.exceptionId() + " holds " + money(item)
					+ " in suspense: assign it, put it on account, book it as non-receivable or refund it");
		}
	}

}
