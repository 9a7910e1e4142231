package io.cashpost.job;

import java.util.ArrayList;
import java.util.List;

import io.cashpost.collection.Disputes;
import io.cashpost.collection.NewDispute;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;

/**
 * Opens a dispute for collectors on every invoice a posted payment left open by a
 * deduction, with the payer's reason: in the chunk's transaction, so it commits with the
 * posting or not at all, and once, as the dispute's source names the money
 * ({@code remittance:<posting key>}).
 */
class DeductionDisputes {

	static final String SOURCE = "remittance:";

	private final Disputes disputes;

	DeductionDisputes(Disputes disputes) {
		this.disputes = disputes;
	}

	/** The disputes the posted decisions' deductions open. */
	static List<NewDispute> of(List<AutoPost> posted) {
		List<NewDispute> opened = new ArrayList<>();
		for (AutoPost post : posted) {
			for (ProposedAllocation allocation : post.allocations()) {
				if (allocation.hasDeduction()) {
					opened.add(new NewDispute(allocation.invoiceId(), allocation.deduction(),
							allocation.deductionReason(), text(post, allocation), SOURCE + post.payment().sourceKey()));
				}
			}
		}
		return opened;
	}

	/** Opens the disputes of a chunk's posted decisions, in one call. */
	void open(List<AutoPost> posted) {
		List<NewDispute> opened = of(posted);
		if (!opened.isEmpty()) {
			this.disputes.openAll(opened);
		}
	}

	private static String text(AutoPost post, ProposedAllocation allocation) {
		Money paid = post.payment().amount();
		String payer = (post.payment().debtorName() != null) ? post.payment().debtorName() : "the payer";
		return payer + " deducted " + shown(allocation.deduction()) + " from " + allocation.invoiceNumber() + " paying "
				+ shown(paid) + " on " + post.payment().valueDate()
				+ ((allocation.deductionText() != null) ? ": " + allocation.deductionText() : "");
	}

	private static Money shown(Money amount) {
		return new Money(amount.inCurrencyScale(), amount.currency());
	}

}
