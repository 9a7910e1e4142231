package io.cashpost.matching;

import java.util.List;
import java.util.Optional;

import io.cashpost.invoice.PayerAccount;
import io.cashpost.money.Money;

/**
 * What to do with one payment: post it, refer it to a person, or leave it to others.
 */
public sealed interface MatchDecision permits MatchDecision.AutoPost, MatchDecision.Refer, MatchDecision.Reverse,
		MatchDecision.NotReceivable, MatchDecision.NotBooked {

	Payment payment();

	/**
	 * One decision is clearly best: apply the payment to these invoices, the rest on
	 * account.
	 *
	 * @param payment the payment
	 * @param allocations what goes to which invoice
	 * @param onAccount what is left over and goes on account as customer credit (zero if
	 * none)
	 * @param onAccountCustomerId the customer who gets the credit, or {@code null} when
	 * nothing is left
	 * @param rule the rule that decided
	 * @param confidence how sure the rule is, 0 to 1
	 * @param evidence what the rule saw, in words a person reads
	 * @param creditNotes the customer's credit notes the payment consumes (the payer paid
	 * the invoices net of them), none for most payments
	 */
	record AutoPost(Payment payment, List<ProposedAllocation> allocations, Money onAccount, String onAccountCustomerId,
			String rule, double confidence, String evidence, List<CreditNoteUse> creditNotes) implements MatchDecision {

		public AutoPost {
			allocations = List.copyOf(allocations);
			creditNotes = (creditNotes != null) ? List.copyOf(creditNotes) : List.of();
		}

		/** A decision that consumes no credit note. */
		public AutoPost(Payment payment, List<ProposedAllocation> allocations, Money onAccount,
				String onAccountCustomerId, String rule, double confidence, String evidence) {
			this(payment, allocations, onAccount, onAccountCustomerId, rule, confidence, evidence, List.of());
		}

		/**
		 * The payer's account as the customer's, once this decision is posted: only when
		 * it pays an invoice, all of the payment went to one customer
		 * ({@link #onlyCustomer}) and the bank named the account.
		 */
		public Optional<PayerAccount> taughtPayerAccount() {
			String account = this.payment.debtorAccount();
			if (this.allocations.isEmpty() || account == null || account.isBlank()) {
				return Optional.empty();
			}
			return onlyCustomer().map((customerId) -> new PayerAccount(account, customerId, "confirmed_match"));
		}

		/**
		 * The customer all of the payment goes to, its allocations and what is left on
		 * account; empty when it goes to several.
		 */
		public Optional<String> onlyCustomer() {
			String customer = this.onAccountCustomerId;
			for (ProposedAllocation allocation : this.allocations) {
				if (customer == null) {
					customer = allocation.customerId();
				}
				else if (!customer.equals(allocation.customerId())) {
					return Optional.empty();
				}
			}
			return Optional.ofNullable(customer);
		}

	}

	/**
	 * Not certain enough to post: a person decides, helped by ranked suggestions.
	 *
	 * @param payment the payment
	 * @param reason why no automatic decision was taken
	 * @param detail the reason in words, naming what was seen
	 * @param suggestions best first, at most a few
	 */
	record Refer(Payment payment, ExceptionReason reason, String detail,
			List<Suggestion> suggestions) implements MatchDecision {

		public Refer {
			suggestions = List.copyOf(suggestions);
		}

	}

	/**
	 * The bank returns or reverses money it had credited: posting finds the original and
	 * reverses it, or refers the return when no single original fits.
	 *
	 * @param payment the return, a debit carrying the reversal flag
	 */
	record Reverse(Payment payment) implements MatchDecision {

	}

	/**
	 * Money that is not a receivable: outgoing payments, bank fees. Classified, not
	 * queued for collectors.
	 *
	 * @param payment the payment
	 * @param classification what it is, e.g. {@code outgoing_payment}
	 */
	record NotReceivable(Payment payment, String classification) implements MatchDecision {

	}

	/**
	 * The bank has not booked it (pending or information only): kept, never posted.
	 *
	 * @param payment the payment
	 */
	record NotBooked(Payment payment) implements MatchDecision {

	}

}
