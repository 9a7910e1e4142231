package io.cashpost.job;

import java.util.Set;
import java.util.function.Supplier;

import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.matching.ProposedAllocation;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Matches in one partition, and carries out an automatic posting only when every customer
 * it names is one the partition owns. Any other posting is left undecided (the payment
 * stays pending, filtered from this partition) for {@code matchRemainderStep}.
 */
class OwnedCustomersMatcher implements ItemProcessor<Payment, MatchDecision> {

	private final PaymentMatcher matcher;

	private final Supplier<Set<String>> ownedLookup;

	private Set<String> owned;

	OwnedCustomersMatcher(PaymentMatcher matcher, Supplier<Set<String>> ownedLookup) {
		this.matcher = matcher;
		this.ownedLookup = ownedLookup;
	}

	@Override
	public MatchDecision process(Payment payment) {
		MatchDecision decision = this.matcher.decide(payment);
		if (decision instanceof AutoPost post && !ownsAll(post)) {
			return null;
		}
		return decision;
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
