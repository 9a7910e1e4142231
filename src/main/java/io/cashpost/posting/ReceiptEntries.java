package io.cashpost.posting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.matching.CreditNoteUse;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;

/**
 * Writes the journal entry for a receipt: cash at bank in, receivables out, with
 * discounts, write-offs and customer credit where the decision has them; or, for money
 * nobody could place yet, cash in and suspense out. Either way under the transaction's
 * posting key, so the same money is booked once.
 */
final class ReceiptEntries {

	/** The reason code of a credit note's allocation: its credit used up by a payment. */
	static final String CREDIT_NOTE_USED = "credit_note_used";

	private final LedgerProperties accounts;

	ReceiptEntries(LedgerProperties accounts) {
		this.accounts = accounts;
	}

	/** The receipt's entry with its allocations. */
	Posting posting(AutoPost decision, Instant postedAt) {
		return new Posting(of(decision, postedAt), allocations(decision));
	}

	JournalEntry of(AutoPost decision, Instant postedAt) {
		Payment payment = decision.payment();
		List<JournalLine> lines = new ArrayList<>();
		lines.add(cash(payment));
		for (ProposedAllocation allocation : decision.allocations()) {
			if (!allocation.discount().isZero()) {
				lines.add(JournalLine.debit(this.accounts.cashDiscounts(), null, allocation.customerId(),
						allocation.invoiceId(), allocation.discount().amount()));
			}
			if (!allocation.writeOff().isZero()) {
				lines.add(writeOff(allocation));
			}
			lines.add(JournalLine.credit(this.accounts.receivables(), null, allocation.customerId(),
					allocation.invoiceId(), allocation.settles().amount()));
		}
		for (CreditNoteUse creditNote : decision.creditNotes()) {
			// The credit note's receivable was credited when it was issued: using it up
			// debits it, against the invoices it settles.
			lines.add(JournalLine.debit(this.accounts.receivables(), null, creditNote.customerId(),
					creditNote.creditNoteId(), creditNote.used().amount()));
		}
		if (!decision.onAccount().isZero()) {
			lines.add(JournalLine.credit(this.accounts.unappliedCash(), null, decision.onAccountCustomerId(), null,
					decision.onAccount().amount()));
		}
		return new JournalEntry(payment.sourceKey(), "receipt", payment.transactionId(), null,
				payment.amount().currency(), describe(decision), postedAt, lines);
	}

	/** Cash is cash: booked at once, held in suspense until a person places it. */
	JournalEntry toSuspense(Payment payment, String reason, Instant postedAt) {
		List<JournalLine> lines = List.of(cash(payment),
				JournalLine.credit(this.accounts.suspense(), null, null, null, payment.amount().amount()));
		return new JournalEntry(payment.sourceKey(), "receipt", payment.transactionId(), null,
				payment.amount().currency(),
				"Unplaced receipt " + payment.amount() + " from " + payer(payment) + " (" + reason + ")", postedAt,
				lines);
	}

	JournalEntry toClearing(Payment payment, String classification, Instant postedAt) {
		List<JournalLine> lines = List.of(cash(payment),
				JournalLine.credit(this.accounts.clearing(), classification, null, null, payment.amount().amount()));
		return new JournalEntry(payment.sourceKey(), "receipt", payment.transactionId(), null,
				payment.amount().currency(),
				"Receipt " + payment.amount() + " from " + payer(payment) + ", no receivable (" + classification + ")",
				postedAt, lines);
	}

	private static List<Allocation> allocations(AutoPost decision) {
		List<Allocation> allocations = new ArrayList<>();
		for (ProposedAllocation allocation : decision.allocations()) {
			allocations.add(new Allocation(allocation.invoiceId(), allocation.customerId(), allocation.applied(),
					allocation.discount(), allocation.writeOff(), allocation.reasonCode(), decision.rule(),
					decision.confidence(), decision.evidence(), allocation.credit(), allocation.deduction(),
					allocation.deductionReason()));
		}
		for (CreditNoteUse creditNote : decision.creditNotes()) {
			Money zero = Money.zero(creditNote.used().currency());
			allocations.add(new Allocation(creditNote.creditNoteId(), creditNote.customerId(), zero, zero, zero,
					CREDIT_NOTE_USED, decision.rule(), decision.confidence(), decision.evidence(), creditNote.used(),
					null, null));
		}
		if (!decision.onAccount().isZero()) {
			allocations.add(Allocation.onAccount(decision.onAccountCustomerId(), decision.onAccount(), "overpayment",
					decision.rule(), decision.confidence(), decision.evidence()));
		}
		return allocations;
	}

	/**
	 * Where the money was received: the bank account, or, for a card sale, the acquirer's
	 * clearing (the acquirer owes it until it pays out).
	 */
	private JournalLine cash(Payment payment) {
		String account = payment.byCard() ? this.accounts.cardClearing() : this.accounts.cash();
		return JournalLine.debit(account, payment.bankAccount(), null, null, payment.amount().amount());
	}

	/**
	 * A card refund or chargeback whose sale Cashpost never posted: the acquirer took the
	 * money back from its clearing, and suspense holds it until a person says why.
	 */
	JournalEntry cardReversalToSuspense(Payment returned, String reason, Instant postedAt) {
		List<JournalLine> lines = List.of(
				JournalLine.debit(this.accounts.suspense(), null, null, null, returned.amount().abs().amount()),
				JournalLine.credit(this.accounts.cardClearing(), returned.bankAccount(), null, null,
						returned.amount().abs().amount()));
		return new JournalEntry(returned.sourceKey(), "receipt", returned.transactionId(), null,
				returned.amount().currency(),
				"Card " + returned.amount().abs() + " taken back by " + returned.bankAccount() + " (" + reason + ")",
				postedAt, lines);
	}

	private JournalLine writeOff(ProposedAllocation allocation) {
		String account = this.accounts.writeOffAccount(allocation.reasonCode());
		String reason = account.equals(this.accounts.writeOffs()) ? allocation.reasonCode() : null;
		return JournalLine.debit(account, reason, allocation.customerId(), allocation.invoiceId(),
				allocation.writeOff().amount());
	}

	private static String describe(AutoPost decision) {
		return "Receipt " + decision.payment().amount() + " from " + payer(decision.payment()) + " (" + decision.rule()
				+ ")";
	}

	private static String payer(Payment payment) {
		return (payment.debtorName() != null) ? payment.debtorName() : "unnamed payer";
	}

}
