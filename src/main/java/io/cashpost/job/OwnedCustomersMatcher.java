package io.cashpost.job;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Matches in one partition, and carries out an automatic posting only when every customer
 * it names is one the partition owns. Any other posting, every return, and a referral
 * whose payer another partition may teach (see {@link #mayBeKnownLater}) are left
 * undecided (the payment stays pending, filtered from this partition). A posting left so
 * is offered to {@link HandOvers}, which gives it to the partition owning its customer
 * for the second round ({@code matchHandedOverStep}); whatever is left after that goes to
 * {@code matchRemainderStep}. In the first round matching remembers the left posting, as
 * if carried out: the round's other decisions do not count on what it takes (fewer
 * candidates make more of them certain), and the second round indexes afresh (see
 * {@link RunIndexing}). In the second round it does not: a referral there is final, and
 * must not be made for an invoice only a posting left to the serial step counted on.
 */
class OwnedCustomersMatcher implements ItemProcessor<Payment, MatchDecision> {

	private final BiFunction<Payment, Predicate<AutoPost>, MatchDecision> matcher;

	private final boolean remembersLeft;

	private final Supplier<Set<String>> ownedLookup;

	private final Consumer<AutoPost> leftToOthers;

	private Set<String> owned;

	/**
	 * @param matcher what decides, {@code PaymentMatcher::decide}, told which postings to
	 * remember
	 * @param remembersLeft whether matching remembers a posting the partition leaves (in
	 * the first round)
	 * @param ownedLookup the customers the partition owns, asked once, when first needed
	 * @param leftToOthers what hears of each posting left because it names a customer the
	 * partition does not own
	 */
	OwnedCustomersMatcher(BiFunction<Payment, Predicate<AutoPost>, MatchDecision> matcher, boolean remembersLeft,
			Supplier<Set<String>> ownedLookup, Consumer<AutoPost> leftToOthers) {
		this.matcher = matcher;
		this.remembersLeft = remembersLeft;
		this.ownedLookup = ownedLookup;
		this.leftToOthers = leftToOthers;
	}

	@Override
	public MatchDecision process(Payment payment) {
		MatchDecision decision = this.matcher.apply(payment, (post) -> this.remembersLeft || ownsAll(post));
		if (decision instanceof Reverse) {
			// a return reopens its original's invoices, whichever partition posted them,
			// and must come after every receipt of the run: the serial step takes it
			return null;
		}
		if (decision instanceof AutoPost post && !ownsAll(post)) {
			this.leftToOthers.accept(post);
			return null;
		}
		if (decision instanceof Refer refer && mayBeKnownLater(refer)) {
			return null;
		}
		return decision;
	}

	/**
	 * A payer matching could not tell may be known after this partition: another
	 * partition may post a payment from the same account to a customer meanwhile, which
	 * teaches the account. Referred now, the payment would be judged by how fast the
	 * partitions ran; the serial step decides it once every partition's postings have
	 * taught what they teach. Other referrals stand: a payment referred because its
	 * amount fits several invoices is not decided again in a run that has settled some of
	 * them meanwhile (the match-quality benchmark's judge counts that as guessing).
	 */
	private static boolean mayBeKnownLater(Refer refer) {
		String account = refer.payment().debtorAccount();
		return refer.reason() == ExceptionReason.UNKNOWN_PAYER && account != null && !account.isBlank();
	}

	private boolean ownsAll(AutoPost post) {
		if (this.owned == null) {
			this.owned = this.ownedLookup.get();
		}
		for (ProposedAllocation allocation : post.allocations()) {
			if (!this.owned.contains(allocation.customerId())) {
				return false;
			}
		}
		return post.onAccountCustomerId() == null || this.owned.contains(post.onAccountCustomerId());
	}

}
