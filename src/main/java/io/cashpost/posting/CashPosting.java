package io.cashpost.posting;

import java.time.Instant;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;

import org.springframework.stereotype.Service;

/**
 * How matching's decisions about money received become postings: a receipt applied to
 * invoices (with discounts, write-offs and customer credit), money nobody could place yet
 * booked to suspense, money that is no receivable booked to clearing. Each posting is
 * keyed by its transaction's source key, so the same money is booked once. Post them with
 * {@link Ledger}, a chunk at a time.
 */
@Service
public class CashPosting {

	private final ReceiptEntries receipts;

	CashPosting(LedgerProperties accounts) {
		this.receipts = new ReceiptEntries(accounts);
	}

	/** Applies the payment as decided: cash in, receivables out. */
	public Posting applied(AutoPost decision, Instant postedAt) {
		return this.receipts.posting(decision, postedAt);
	}

	/**
	 * Applies a receipt held in suspense as decided now that more is known (a remittance
	 * advice came): suspense in, receivables out, under the given key so that it moves
	 * once.
	 * @param postingKey derived from what explained it, e.g. {@code advice:123}
	 * @param why what explained it, for the journal's description
	 */
	public Posting fromSuspense(AutoPost decision, String postingKey, String why, Instant postedAt) {
		requireReceipt(decision.payment(), "suspense");
		return this.receipts.fromSuspense(decision, postingKey, why, postedAt);
	}

	/**
	 * Books a receipt nobody could place yet: cash in, suspense out. A person moves it
	 * out of suspense later.
	 * @param reason why it could not be placed, for the journal's description
	 */
	public Posting toSuspense(Payment payment, String reason, Instant postedAt) {
		requireReceipt(payment, "suspense");
		return Posting.of(this.receipts.toSuspense(payment, reason, postedAt));
	}

	/**
	 * Books money received that is no receivable (an internal transfer, interest): cash
	 * in, clearing out by its classification. Cash is cash: every booked credit is in the
	 * ledger, receivable or not.
	 */
	public Posting toClearing(Payment payment, String classification, Instant postedAt) {
		requireReceipt(payment, "clearing");
		return Posting.of(this.receipts.toClearing(payment, classification, postedAt));
	}

	/**
	 * Books a card refund or chargeback whose sale is not in the ledger: suspense in, the
	 * acquirer's clearing out, until a person says why.
	 */
	public Posting cardReversalToSuspense(Payment returned, String reason, Instant postedAt) {
		if (!returned.byCard() || returned.isReceipt()) {
			throw new IllegalArgumentException("only a card refund or chargeback, not " + returned.amount());
		}
		return Posting.of(this.receipts.cardReversalToSuspense(returned, reason, postedAt));
	}

	private static void requireReceipt(Payment payment, String account) {
		if (!payment.isReceipt()) {
			throw new IllegalArgumentException("only money received goes to " + account + ", not " + payment.amount());
		}
	}

}
