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
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.PostingOutcome;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Carries out matching's decisions in the chunk's transaction: posts, queues exceptions,
 * or classifies. A posting the ledger refuses (invoice changed meanwhile, money already
 * posted from another file) becomes an exception, never a silent loss.
 */
class DecisionWriter implements ItemWriter<MatchDecision> {

	private final CashPosting posting;

	private final ExceptionQueue exceptions;

	private final StagedTransactions transactions;

	DecisionWriter(CashPosting posting, ExceptionQueue exceptions, StagedTransactions transactions) {
		this.posting = posting;
		this.exceptions = exceptions;
		this.transactions = transactions;
	}

	@Override
	public void write(Chunk<? extends MatchDecision> decisions) {
		for (MatchDecision decision : decisions) {
			carryOut(decision);
		}
	}

	private void carryOut(MatchDecision decision) {
		long transactionId = decision.payment().transactionId();
		if (decision instanceof AutoPost autoPost) {
			post(autoPost);
		}
		else if (decision instanceof Refer refer) {
			refer(transactionId, refer.reason(), refer.detail(), refer);
		}
		else if (decision instanceof NotReceivable) {
			this.transactions.markMatchStatus(transactionId, "not_receivable");
		}
		else if (decision instanceof NotBooked) {
			this.transactions.markMatchStatus(transactionId, "not_booked");
		}
	}

	private void post(AutoPost decision) {
		long transactionId = decision.payment().transactionId();
		PostingOutcome outcome = this.posting.post(decision);
		if (outcome instanceof PostingOutcome.Posted) {
			this.transactions.markMatchStatus(transactionId, "posted");
		}
		else if (outcome instanceof PostingOutcome.AlreadyPosted already) {
			refer(transactionId, ExceptionReason.DUPLICATE,
					"the same entry (" + already.postingKey() + ") was already posted from another file", null);
		}
		else if (outcome instanceof PostingOutcome.InvoiceChanged changed) {
			refer(transactionId, ExceptionReason.INVOICE_SETTLED, changed.detail(), null);
		}
	}

	private void refer(long transactionId, ExceptionReason reason, String detail, Refer refer) {
		this.exceptions.refer(transactionId, reason, detail, (refer != null) ? refer.suggestions() : List.of());
		this.transactions.markMatchStatus(transactionId, "exception");
	}

}
