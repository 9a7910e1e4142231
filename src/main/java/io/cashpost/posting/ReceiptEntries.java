package io.cashpost.posting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;

/**
 * Writes the journal entry for a receipt: cash at bank in, receivables out, with
 * discounts, write-offs and customer credit where the decision has them.
 */
final class ReceiptEntries {

	private final LedgerProperties accounts;

	ReceiptEntries(LedgerProperties accounts) {
		this.accounts = accounts;
	}

	JournalEntry of(AutoPost decision, Instant postedAt) {
		Payment payment = decision.payment();
		List<JournalLine> lines = new ArrayList<>();
		lines
			.add(JournalLine.debit(this.accounts.cash(), payment.bankAccount(), null, null, payment.amount().amount()));
		for (ProposedAllocation allocation : decision.allocations()) {
			if (!allocation.discount().isZero()) {
				lines.add(JournalLine.debit(this.accounts.cashDiscounts(), null, allocation.customerId(),
						allocation.invoiceId(), allocation.discount().amount()));
			}
			if (!allocation.writeOff().isZero()) {
				lines.add(JournalLine.debit(this.accounts.writeOffs(), allocation.reasonCode(), allocation.customerId(),
						allocation.invoiceId(), allocation.writeOff().amount()));
			}
			lines.add(JournalLine.credit(this.accounts.receivables(), null, allocation.customerId(),
					allocation.invoiceId(), allocation.settles().amount()));
		}
		if (!decision.onAccount().isZero()) {
			lines.add(JournalLine.credit(this.accounts.unappliedCash(), null, decision.onAccountCustomerId(), null,
					decision.onAccount().amount()));
		}
		return new JournalEntry(payment.sourceKey(), "receipt", payment.transactionId(), payment.amount().currency(),
				describe(decision), postedAt, lines);
	}

	private static String describe(AutoPost decision) {
		Payment payment = decision.payment();
		String payer = (payment.debtorName() != null) ? payment.debtorName() : "unnamed payer";
		return "Receipt " + payment.amount() + " from " + payer + " (" + decision.rule() + ")";
	}

}
