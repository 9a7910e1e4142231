package io.cashpost.job;

import java.util.List;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;
import io.cashpost.matching.Payment;
import io.cashpost.matching.Suggestion;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.PostingOutcome;
import io.cashpost.posting.ReversalOutcome;
import io.cashpost.posting.Reversals;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Carries out matching's decisions in the chunk's transaction: posts, reverses returned
 * payments, queues exceptions, or classifies. Cash is cash: a receipt nobody could place
 * is booked to suspense as it is queued. A posting the ledger refuses (invoice changed
 * meanwhile, money already posted from another file) becomes an exception, never a silent
 * loss.
 */
class DecisionWriter implements ItemWriter<MatchDecision> {

	private final CashPosting posting;

	private final Reversals reversals;

	private final ExceptionQueue exceptions;

	private final StagedTransactions transactions;

	private final UndecidedTransactions undecided;

	DecisionWriter(CashPosting posting, Reversals reversals, ExceptionQueue exceptions, StagedTransactions transactions,
			UndecidedTransactions undecided) {
		this.posting = posting;
		this.reversals = reversals;
		this.exceptions = exceptions;
		this.transactions = transactions;
		this.undecided = undecided;
	}

	@Override
	public void write(Chunk<? extends MatchDecision> decisions) {
		for (MatchDecision decision : decisions) {
			if (this.undecided.claim(decision.payment().transactionId())) {
				carryOut(decision);
			}
		}
	}

	private void carryOut(MatchDecision decision) {
		long transactionId = decision.payment().transactionId();
		if (decision instanceof AutoPost autoPost) {
			post(autoPost);
		}
		else if (decision instanceof Refer refer) {
			referToSuspense(refer.payment(), refer.reason(), refer.detail(), refer.suggestions());
		}
		else if (decision instanceof Reverse reverse) {
			reverse(reverse.payment());
		}
		else if (decision instanceof NotReceivable notReceivable) {
			classify(notReceivable);
		}
		else if (decision instanceof NotBooked) {
			this.transactions.markMatchStatus(transactionId, "not_booked");
		}
	}

	/**
	 * Money out is only classified; money in that is no receivable is still cash in the
	 * ledger.
	 */
	private void classify(NotReceivable decision) {
		Payment payment = decision.payment();
		if (payment.isReceipt()) {
			PostingOutcome outcome = this.posting.toClearing(payment, decision.classification());
			if (outcome instanceof PostingOutcome.AlreadyPosted already) {
				duplicate(payment, already.postingKey());
				return;
			}
		}
		this.transactions.markMatchStatus(payment.transactionId(), "not_receivable");
	}

	private void post(AutoPost decision) {
		PostingOutcome outcome = this.posting.post(decision);
		if (outcome instanceof PostingOutcome.Posted) {
			this.transactions.markMatchStatus(decision.payment().transactionId(), "posted");
		}
		else if (outcome instanceof PostingOutcome.AlreadyPosted already) {
			duplicate(decision.payment(), already.postingKey());
		}
		else if (outcome instanceof PostingOutcome.InvoiceChanged changed) {
			referToSuspense(decision.payment(), ExceptionReason.INVOICE_SETTLED, changed.detail(), List.of());
		}
	}

	private void referToSuspense(Payment payment, ExceptionReason reason, String detail, List<Suggestion> suggestions) {
		if (!payment.isReceipt()) {
			refer(payment.transactionId(), reason, detail, suggestions, null);
			return;
		}
		PostingOutcome outcome = this.posting.toSuspense(payment, reason.code());
		if (outcome instanceof PostingOutcome.Posted posted) {
			refer(payment.transactionId(), reason, detail, suggestions, posted.journalEntryId());
		}
		else if (outcome instanceof PostingOutcome.AlreadyPosted already) {
			duplicate(payment, already.postingKey());
		}
	}

	private void reverse(Payment returned) {
		ReversalOutcome outcome = this.reversals.reverse(returned);
		if (outcome instanceof ReversalOutcome.Reversed reversed) {
			List<Long> entries = reversed.reversalEntryIds();
			this.exceptions.closeReturned(reversed.originalTransactionId(), entries.get(entries.size() - 1));
			this.transactions.markMatchStatus(returned.transactionId(), "posted");
		}
		else if (outcome instanceof ReversalOutcome.AlreadyPosted already) {
			duplicate(returned, already.postingKey());
		}
		else if (outcome instanceof ReversalOutcome.OriginalUnknown unknown) {
			refer(returned.transactionId(), ExceptionReason.REVERSAL, "the bank returns " + returned.amount().abs()
					+ ", but the original is not known: " + unknown.detail(), List.of(), null);
		}
	}

	private void duplicate(Payment payment, String postingKey) {
		refer(payment.transactionId(), ExceptionReason.DUPLICATE,
				"the same entry (" + postingKey + ") was already posted from another file", List.of(), null);
	}

	private void refer(long transactionId, ExceptionReason reason, String detail, List<Suggestion> suggestions,
			Long suspenseEntryId) {
		this.exceptions.refer(transactionId, reason, detail, suggestions, suspenseEntryId);
		this.transactions.markMatchStatus(transactionId, "exception");
	}

}
