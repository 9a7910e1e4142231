package io.cashpost.remittance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.exceptionqueue.Explanation;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.invoice.PayerAccount;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.Ledger;
import io.cashpost.posting.Posting;
import io.cashpost.posting.PostingOutcome;
import io.cashpost.remittance.AdviceOutcomes.Outcome;
import io.cashpost.remittance.LinkedPayments.Linked;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides again, with its advice, a payment decided before the advice came. One referred
 * to the exception queue is matched again with the advice's lines; when matching now
 * posts it, its money moves from suspense to the invoices through the ledger's chunk
 * posting and its exception is closed as explained by the advice. One posted before is
 * compared with the advice: when they agree the link is all there is to record; when they
 * do not, money is never moved back automatically: an exception names the difference for
 * a person. A referred payment the advice does not make certain stays in the queue, its
 * reason, detail and suggestions now those of the decision with the advice.
 */
@Service
public class AdviceRedecision {

	private final LinkedPayments payments;

	private final StoredAdvices advices;

	private final PaymentMatcher matcher;

	private final CashPosting cash;

	private final Ledger ledger;

	private final RedecisionRecords recording;

	AdviceRedecision(LinkedPayments payments, StoredAdvices advices, PaymentMatcher matcher, CashPosting cash,
			Ledger ledger, RedecisionRecords recording) {
		this.payments = payments;
		this.advices = advices;
		this.matcher = matcher;
		this.cash = cash;
		this.ledger = ledger;
		this.recording = recording;
	}

	/** Whether linked payments wait to be decided again. */
	public boolean pending() {
		return this.payments.any();
	}

	/**
	 * Decides a page of linked payments again, in the caller's transaction (a chunk).
	 * @param pageSize at most this many
	 * @return how many were decided (none when none was left), and the decisions posted
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Redecided redecide(int pageSize, Instant now) {
		List<Linked> page = this.payments.next(pageSize);
		if (page.isEmpty()) {
			return new Redecided(0, List.of());
		}
		Map<Long, StoredAdvices.Stored> stored = this.advices.load(page.stream().map(Linked::adviceId).toList());
		Map<Long, List<LinkedPayments.Applied>> applied = this.payments.applied(page.stream()
			.filter((linked) -> !linked.inSuspense())
			.map((linked) -> linked.payment().transactionId())
			.toList());
		Decided decided = new Decided();
		List<Linked> toPost = new ArrayList<>();
		List<AutoPost> decisions = new ArrayList<>();
		List<Posting> postings = new ArrayList<>();
		for (Linked linked : page) {
			StoredAdvices.Stored advice = stored.get(linked.adviceId());
			if (linked.inSuspense()) {
				decide(linked, advice, decided).ifPresent((decision) -> {
					toPost.add(linked);
					decisions.add(decision);
					postings.add(this.cash.fromSuspense(decision, "advice:" + linked.payment().transactionId(),
							advice.source(), now));
				});
			}
			else {
				compare(linked, advice, applied.getOrDefault(linked.payment().transactionId(), List.of()), decided);
			}
		}
		List<PostingOutcome> results = postings.isEmpty() ? List.of() : this.ledger.post(postings);
		List<AutoPost> posted = new ArrayList<>();
		for (int i = 0; i < toPost.size(); i++) {
			posted(toPost.get(i), stored.get(toPost.get(i).adviceId()), results.get(i), decided);
			if (results.get(i) instanceof PostingOutcome.Posted) {
				posted.add(decisions.get(i));
				decisions.get(i).taughtPayerAccount().ifPresent(decided.learnt::add);
			}
		}
		this.recording.record(decided);
		return new Redecided(page.size(), posted);
	}

	/** Matches the referred payment again with the advice's lines. */
	private Optional<AutoPost> decide(Linked linked, StoredAdvices.Stored advice, Decided decided) {
		MatchDecision decision = this.matcher.decide(linked.payment());
		if (decision instanceof AutoPost autoPost) {
			return Optional.of(autoPost);
		}
		String why = (decision instanceof Refer refer) ? refer.reason().code() + ": " + refer.detail()
				: decision.getClass().getSimpleName();
		if (decision instanceof Refer refer) {
			decided.reconsidered.add(new Referral(linked.payment().transactionId(), refer.reason(),
					"with " + advice.source() + ": " + refer.detail(), refer.suggestions(), null));
		}
		decided.outcomes.put(linked.adviceId(),
				new Outcome("still_referred", "decided again with the advice, still referred (" + why + "); exception "
						+ linked.exception().exceptionId() + " stays open"));
		return Optional.empty();
	}

	private void posted(Linked linked, StoredAdvices.Stored advice, PostingOutcome outcome, Decided decided) {
		long transactionId = linked.payment().transactionId();
		if (outcome instanceof PostingOutcome.Posted posted) {
			decided.explanations.add(new Explanation(transactionId,
					advice.source() + " explains it: posted from suspense by entry " + posted.journalEntryId(),
					posted.journalEntryId()));
			decided.statuses.put(transactionId, "posted");
			decided.outcomes.put(linked.adviceId(), new Outcome("posted", "posted from suspense by entry "
					+ posted.journalEntryId() + ", exception " + linked.exception().exceptionId() + " resolved"));
		}
		else {
			String why = (outcome instanceof PostingOutcome.InvoiceChanged changed) ? changed.detail()
					: "posted already";
			decided.outcomes.put(linked.adviceId(), new Outcome("still_referred", "the ledger refused the posting ("
					+ why + "); exception " + linked.exception().exceptionId() + " stays open"));
		}
	}

	/** A payment posted (or placed by a person) before its advice came. */
	private void compare(Linked linked, StoredAdvices.Stored advice, List<LinkedPayments.Applied> applied,
			Decided decided) {
		Optional<String> difference = AdviceComparison.difference(advice.advice(), applied);
		if (difference.isEmpty()) {
			decided.outcomes.put(linked.adviceId(),
					new Outcome("agrees", "the posting applies what the advice says: linked"));
			return;
		}
		String detail = advice.source() + " disagrees with the posting: " + difference.get()
				+ "; nothing was moved, decide whether to reverse and apply as advised";
		if (linked.exception() == null) {
			decided.referrals.add(new Referral(linked.payment().transactionId(), ExceptionReason.ADVICE_DISAGREES,
					detail, List.of(), null));
			decided.outcomes.put(linked.adviceId(), new Outcome("disagrees", difference.get()));
		}
		else {
			decided.outcomes.put(linked.adviceId(), new Outcome("disagrees", difference.get() + "; exception "
					+ linked.exception().exceptionId() + " (" + linked.exception().reason() + ") was queued before"));
		}
	}

	/**
	 * What deciding a page again did.
	 *
	 * @param decided the payments decided again
	 * @param posted the decisions posted from suspense, for what follows a posting
	 * (disputes for its deductions)
	 */
	public record Redecided(int decided, List<AutoPost> posted) {

		public Redecided {
			posted = List.copyOf(posted);
		}

	}

	/** What a page's decisions come to, written together at the end. */
	static final class Decided {

		final Map<Long, Outcome> outcomes = new LinkedHashMap<>();

		final List<Explanation> explanations = new ArrayList<>();

		final List<Referral> referrals = new ArrayList<>();

		final List<Referral> reconsidered = new ArrayList<>();

		final Map<Long, String> statuses = new LinkedHashMap<>();

		final List<PayerAccount> learnt = new ArrayList<>();

	}

}
