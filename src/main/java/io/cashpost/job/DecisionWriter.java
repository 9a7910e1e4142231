package io.cashpost.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.LearntPayerAccounts;
import io.cashpost.invoice.PayerAccount;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;
import io.cashpost.matching.Payment;
import io.cashpost.matching.Suggestion;
import io.cashpost.money.Money;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.EarlierReports;
import io.cashpost.posting.EarlierReports.Verdict;
import io.cashpost.posting.Ledger;
import io.cashpost.posting.Posting;
import io.cashpost.posting.PostingOutcome;
import io.cashpost.posting.ReversalOutcome;
import io.cashpost.posting.Reversals;
import io.cashpost.settlement.Payouts;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Carries out a chunk of matching's decisions in the chunk's transaction, with a few
 * set-based statements whatever the chunk's size: claims the transactions, posts every
 * receipt of the chunk at once through the {@link Ledger}, queues the exceptions and
 * records each transaction's status. Cash is cash: a receipt nobody could place is booked
 * to suspense as it is queued. A posting the ledger refuses (invoice changed meanwhile,
 * money already posted from another file) becomes an exception, never a silent loss. The
 * outcome is the one posting the decisions one after the other would give.
 */
class DecisionWriter implements ItemWriter<MatchDecision> {

	private final CashPosting cash;

	private final Ledger ledger;

	private final Reversals reversals;

	private final ExceptionQueue exceptions;

	private final StagedTransactions transactions;

	private final UndecidedTransactions undecided;

	private final EarlierReports earlierReports;

	private final Payouts payouts;

	private final LearntPayerAccounts learntAccounts;

	private final DeductionDisputes disputes;

	private final Clock clock;

	DecisionWriter(CashPosting cash, Ledger ledger, Reversals reversals, ExceptionQueue exceptions,
			StagedTransactions transactions, UndecidedTransactions undecided, EarlierReports earlierReports,
			Payouts payouts, LearntPayerAccounts learntAccounts, DeductionDisputes disputes, Clock clock) {
		this.cash = cash;
		this.ledger = ledger;
		this.reversals = reversals;
		this.exceptions = exceptions;
		this.transactions = transactions;
		this.undecided = undecided;
		this.earlierReports = earlierReports;
		this.payouts = payouts;
		this.learntAccounts = learntAccounts;
		this.disputes = disputes;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends MatchDecision> chunk) {
		Set<Long> claimed = this.undecided
			.claim(chunk.getItems().stream().map((decision) -> decision.payment().transactionId()).toList());
		Instant now = this.clock.instant();
		Outcomes outcomes = new Outcomes();
		List<AutoPost> posted = new ArrayList<>();
		List<MatchDecision> receipts = new ArrayList<>();
		for (MatchDecision decision : chunk) {
			if (!claimed.contains(decision.payment().transactionId())) {
				continue;
			}
			if (decision instanceof Reverse reverse) {
				// A return may reverse a receipt of this very chunk: what comes before it
				// is carried out first, as it would be one decision at a time.
				carryOut(receipts, now, outcomes, posted);
				receipts.clear();
				outcomes.record(this.earlierReports, this.exceptions, this.transactions, now);
				reverse(reverse.payment(), outcomes);
			}
			else {
				receipts.add(decision);
			}
		}
		carryOut(receipts, now, outcomes, posted);
		outcomes.record(this.earlierReports, this.exceptions, this.transactions, now);
		this.disputes.open(posted);
	}

	/**
	 * Posts every posting the decisions make in one go; those the ledger refuses for a
	 * changed invoice go to suspense in a second one.
	 * @param posted collects the decisions to apply that the ledger posted now
	 */
	private void carryOut(List<MatchDecision> decisions, Instant now, Outcomes outcomes, List<AutoPost> posted) {
		Map<Long, Payouts.Received> payouts = acquirerPayouts(decisions, now);
		List<Payouts.Received> received = new ArrayList<>();
		List<PostingOutcome> receivedOutcomes = new ArrayList<>();
		List<Pending<MatchDecision>> postings = new ArrayList<>();
		for (MatchDecision decision : decisions) {
			Payouts.Received payout = payouts.get(decision.payment().transactionId());
			Posting posting = (payout != null) ? payout.posting() : posting(decision, now);
			if (posting != null) {
				postings.add(new Pending<>(posting, decision));
			}
			else {
				outcomes.notPosted(decision);
			}
		}
		List<Pending<AutoPost>> toSuspense = new ArrayList<>();
		Map<Long, String> changed = new LinkedHashMap<>();
		List<PayerAccount> learnt = new ArrayList<>();
		post(postings, (decision, outcome) -> {
			if (outcome instanceof PostingOutcome.InvoiceChanged invoiceChanged) {
				Payment payment = decision.payment();
				toSuspense.add(new Pending<>(this.cash.toSuspense(payment, ExceptionReason.INVOICE_SETTLED.code(), now),
						(AutoPost) decision));
				changed.put(payment.transactionId(), invoiceChanged.detail());
			}
			else {
				outcomes.posted(decision, outcome);
				if (decision instanceof AutoPost autoPost && outcome instanceof PostingOutcome.Posted) {
					posted.add(autoPost);
					autoPost.taughtPayerAccount().ifPresent(learnt::add);
				}
				Payouts.Received payout = payouts.get(decision.payment().transactionId());
				if (payout != null) {
					received.add(payout);
					receivedOutcomes.add(outcome);
				}
			}
		});
		this.learntAccounts.learnAll(learnt);
		this.payouts.record(received, receivedOutcomes, now)
			.forEach((transactionId) -> outcomes.status(payouts.get(transactionId).credit(), "exception"));
		post(toSuspense, (decision, outcome) -> outcomes.referred(decision.payment(), outcome,
				ExceptionReason.INVOICE_SETTLED, changed.get(decision.payment().transactionId()), List.of()));
	}

	private <D extends MatchDecision> void post(List<Pending<D>> pending, BiConsumer<D, PostingOutcome> then) {
		if (pending.isEmpty()) {
			return;
		}
		List<PostingOutcome> results = this.ledger.post(pending.stream().map(Pending::posting).toList());
		for (int i = 0; i < pending.size(); i++) {
			then.accept(pending.get(i).decision(), results.get(i));
		}
	}

	/**
	 * A card acquirer's credit on the bank is no longer just money that is no receivable:
	 * it pays out a settlement batch, and books the acquirer's clearing.
	 */
	private Map<Long, Payouts.Received> acquirerPayouts(List<MatchDecision> decisions, Instant now) {
		List<Payment> credits = decisions.stream()
			.filter((decision) -> decision instanceof NotReceivable notReceivable
					&& "card_settlement".equals(notReceivable.classification()) && decision.payment().isReceipt()
					&& !decision.payment().byCard())
			.map(MatchDecision::payment)
			.toList();
		Map<Long, Payouts.Received> payouts = new LinkedHashMap<>();
		if (!credits.isEmpty()) {
			this.payouts.receive(credits, now)
				.forEach((received) -> payouts.put(received.credit().transactionId(), received));
		}
		return payouts;
	}

	/** A posting and the decision it carries out. */
	private record Pending<D extends MatchDecision>(Posting posting, D decision) {
	}

	/**
	 * What the decision books: money received always reaches the ledger (applied, to
	 * suspense or to clearing); {@code null} for money that went out or was not booked.
	 */
	private Posting posting(MatchDecision decision, Instant now) {
		Payment payment = decision.payment();
		if (decision instanceof AutoPost autoPost) {
			return this.cash.applied(autoPost, now);
		}
		if (!payment.isReceipt()) {
			return null;
		}
		if (decision instanceof Refer refer) {
			return this.cash.toSuspense(payment, refer.reason().code(), now);
		}
		if (decision instanceof NotReceivable notReceivable) {
			return this.cash.toClearing(payment, notReceivable.classification(), now);
		}
		return null;
	}

	private void reverse(Payment returned, Outcomes outcomes) {
		ReversalOutcome outcome = this.reversals.reverse(returned);
		if (outcome instanceof ReversalOutcome.Reversed reversed) {
			List<Long> entries = reversed.reversalEntryIds();
			this.exceptions.closeReturned(reversed.originalTransactionId(), entries.get(entries.size() - 1));
			outcomes.status(returned, "posted");
		}
		else if (outcome instanceof ReversalOutcome.AlreadyPosted already) {
			outcomes.alreadyPosted(returned);
		}
		else if (outcome instanceof ReversalOutcome.OriginalUnknown unknown && returned.byCard()) {
			// The acquirer took the money back from its clearing all the same: suspense
			// holds it until a person says why.
			Money taken = returned.amount().abs();
			String detail = returned.bankAccount() + " takes back "
					+ new Money(taken.inCurrencyScale(), taken.currency()) + ", but the sale it reverses is not known: "
					+ unknown.detail();
			PostingOutcome suspense = this.ledger.post(
					this.cash.cardReversalToSuspense(returned, ExceptionReason.REVERSAL.code(), this.clock.instant()));
			outcomes.referred(returned, suspense, ExceptionReason.REVERSAL, detail, List.of());
		}
		else if (outcome instanceof ReversalOutcome.OriginalUnknown unknown) {
			outcomes.refer(returned, ExceptionReason.REVERSAL, "the bank returns " + returned.amount().abs()
					+ ", but the original is not known: " + unknown.detail(), List.of(), null);
		}
	}

	/**
	 * The exceptions and statuses a chunk's decisions come to, written together at the
	 * end.
	 */
	private static final class Outcomes {

		private final List<Referral> referrals = new ArrayList<>();

		private final Map<Long, String> statuses = new LinkedHashMap<>();

		private final List<Payment> alreadyPosted = new ArrayList<>();

		private final Map<Long, Long> confirmed = new LinkedHashMap<>();

		/** A decision that booked nothing: money out, or not booked by the bank. */
		void notPosted(MatchDecision decision) {
			Payment payment = decision.payment();
			if (decision instanceof Refer refer) {
				refer(payment, refer.reason(), refer.detail(), refer.suggestions(), null);
			}
			else if (decision instanceof NotReceivable) {
				status(payment, "not_receivable");
			}
			else if (decision instanceof NotBooked) {
				status(payment, "not_booked");
			}
		}

		/** A decision whose posting the ledger took, or found posted before. */
		void posted(MatchDecision decision, PostingOutcome outcome) {
			Payment payment = decision.payment();
			if (decision instanceof Refer refer) {
				referred(payment, outcome, refer.reason(), refer.detail(), refer.suggestions());
			}
			else if (outcome instanceof PostingOutcome.AlreadyPosted already) {
				alreadyPosted(payment);
			}
			else {
				status(payment, (decision instanceof AutoPost) ? "posted" : "not_receivable");
			}
		}

		void referred(Payment payment, PostingOutcome suspense, ExceptionReason reason, String detail,
				List<Suggestion> suggestions) {
			if (suspense instanceof PostingOutcome.Posted posted) {
				refer(payment, reason, detail, suggestions, posted.journalEntryId());
			}
			else if (suspense instanceof PostingOutcome.AlreadyPosted already) {
				alreadyPosted(payment);
			}
		}

		/**
		 * Money the ledger has from an earlier report: confirmed, changed or a duplicate,
		 * once the chunk's earlier reports are looked up.
		 */
		void alreadyPosted(Payment payment) {
			this.alreadyPosted.add(payment);
			status(payment, "exception");
		}

		void refer(Payment payment, ExceptionReason reason, String detail, List<Suggestion> suggestions,
				Long suspenseEntryId) {
			this.referrals.add(new Referral(payment.transactionId(), reason, detail, suggestions, suspenseEntryId));
			status(payment, "exception");
		}

		void status(Payment payment, String status) {
			this.statuses.put(payment.transactionId(), status);
		}

		/** Writes what was collected, and starts afresh. */
		void record(EarlierReports earlier, ExceptionQueue exceptions, StagedTransactions transactions, Instant now) {
			long started = System.nanoTime();
			compareWithEarlierReports(earlier);
			earlier.confirm(this.confirmed, now);
			exceptions.referAll(this.referrals);
			transactions.markMatchStatuses(this.statuses);
			this.referrals.clear();
			this.statuses.clear();
			this.alreadyPosted.clear();
			this.confirmed.clear();
			StageTimes.queueing(System.nanoTime() - started);
		}

		private void compareWithEarlierReports(EarlierReports earlier) {
			Map<Long, Verdict> verdicts = earlier
				.compare(this.alreadyPosted.stream().map(Payment::transactionId).toList());
			for (Payment payment : this.alreadyPosted) {
				Verdict verdict = verdicts.get(payment.transactionId());
				if (verdict instanceof Verdict.Confirmed confirmation) {
					this.confirmed.put(payment.transactionId(), confirmation.originalTransactionId());
					status(payment, "confirmed");
				}
				else if (verdict instanceof Verdict.Changed changed) {
					refer(payment, ExceptionReason.CHANGED_SINCE_INTRADAY, changed.detail(), List.of(), null);
				}
				else {
					String detail = (verdict instanceof Verdict.Duplicate duplicate) ? duplicate.detail()
							: "the same entry (" + payment.sourceKey() + ") was already posted from another file";
					refer(payment, ExceptionReason.DUPLICATE, detail, List.of(), null);
				}
			}
		}

	}

}
