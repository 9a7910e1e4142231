package io.cashpost.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.collection.Balance;
import io.cashpost.collection.CustomerDetail;
import io.cashpost.collection.CustomerSummary;
import io.cashpost.collection.Dispute;
import io.cashpost.collection.Hold;
import io.cashpost.collection.Note;
import io.cashpost.collection.OpenItem;
import io.cashpost.collection.PaymentEvent;
import io.cashpost.collection.Promise;

/**
 * What the customer endpoints answer: the collection records with every amount as a
 * decimal string beside its currency.
 */
final class CustomerViews {

	private CustomerViews() {
	}

	/**
	 * A customer in the list, one row per currency it owes in.
	 *
	 * @param customerId the customer
	 * @param name its name
	 * @param currency the currency, or {@code null} when it owes nothing
	 * @param open open
	 * @param overdue overdue
	 */
	record CustomerRow(String customerId, String name, String currency, String open, String overdue) {

		static CustomerRow of(CustomerSummary c) {
			String currency = c.currency();
			return new CustomerRow(c.customerId(), c.name(), currency, money(c.open(), currency),
					money(c.overdue(), currency));
		}

	}

	/**
	 * One customer in full.
	 *
	 * @param customerId the customer
	 * @param name its name
	 * @param balances per currency
	 * @param openItems invoices with money open, oldest due first
	 * @param holds holds in force
	 * @param promises promises to pay, with whether each was kept
	 * @param disputes open disputes
	 * @param notes the latest notes
	 */
	record CustomerView(String customerId, String name, List<BalanceView> balances, List<OpenItemView> openItems,
			List<HoldView> holds, List<PromiseView> promises, List<DisputeView> disputes, List<NoteView> notes) {

		static CustomerView of(CustomerDetail c) {
			return new CustomerView(c.customerId(), c.name(), c.balances().stream().map(BalanceView::of).toList(),
					c.openItems().stream().map(OpenItemView::of).toList(),
					c.holds().stream().map(HoldView::of).toList(), c.promises().stream().map(PromiseView::of).toList(),
					c.disputes().stream().map(DisputeView::of).toList(), c.notes().stream().map(NoteView::of).toList());
		}

	}

	/**
	 * @param currency the currency
	 * @param open open on all invoices
	 * @param overdue open past due
	 * @param unappliedCredit held on account
	 * @param inExceptionQueue payments being applied that may be the customer's
	 * @param disputed under open disputes
	 */
	record BalanceView(String currency, String open, String overdue, String unappliedCredit, String inExceptionQueue,
			String disputed) {

		static BalanceView of(Balance b) {
			String c = b.currency();
			return new BalanceView(c, money(b.open(), c), money(b.overdue(), c), money(b.unappliedCredit(), c),
					money(b.inExceptionQueue(), c), money(b.disputed(), c));
		}

	}

	/**
	 * @param invoiceNumber the invoice
	 * @param currency its currency
	 * @param amount invoiced
	 * @param openAmount open
	 * @param issueDate issued
	 * @param dueDate due
	 * @param daysPastDue days past due, 0 while not due
	 * @param paymentStatus {@code open} or {@code partially_paid}
	 * @param disputed under open disputes
	 */
	record OpenItemView(String invoiceNumber, String currency, String amount, String openAmount, LocalDate issueDate,
			LocalDate dueDate, int daysPastDue, String paymentStatus, String disputed) {

		static OpenItemView of(OpenItem i) {
			String c = i.currency();
			return new OpenItemView(i.invoiceNumber(), c, money(i.amount(), c), money(i.openAmount(), c), i.issueDate(),
					i.dueDate(), i.daysPastDue(), i.paymentStatus(), money(i.disputed(), c));
		}

	}

	/**
	 * @param promiseId the promise
	 * @param customerId the customer
	 * @param currency the currency
	 * @param amount promised
	 * @param promisedDate by when
	 * @param paid posted for the customer since, up to the date plus grace days
	 * @param status {@code open}, {@code kept} or {@code broken}
	 * @param note what was said
	 * @param createdBy who recorded it
	 * @param createdAt when
	 */
	record PromiseView(long promiseId, String customerId, String currency, String amount, LocalDate promisedDate,
			String paid, String status, String note, String createdBy, Instant createdAt) {

		static PromiseView of(Promise p) {
			String c = p.currency();
			return new PromiseView(p.promiseId(), p.customerId(), c, money(p.amount(), c), p.promisedDate(),
					money(p.paid(), c), p.status(), p.note(), p.createdBy(), p.createdAt());
		}

	}

	/**
	 * @param disputeId the dispute
	 * @param invoiceNumber the invoice
	 * @param customerId its customer
	 * @param currency the currency
	 * @param amount contested
	 * @param reasonCode why, as a code
	 * @param text why, in words
	 * @param source {@code collector} or where posting found it
	 * @param openedBy who
	 * @param openedAt when
	 * @param status {@code open} or {@code resolved}
	 * @param resolution how it was settled
	 * @param resolvedBy who settled it
	 * @param resolvedAt when
	 */
	record DisputeView(long disputeId, String invoiceNumber, String customerId, String currency, String amount,
			String reasonCode, String text, String source, String openedBy, Instant openedAt, String status,
			String resolution, String resolvedBy, Instant resolvedAt) {

		static DisputeView of(Dispute d) {
			return new DisputeView(d.disputeId(), d.invoiceNumber(), d.customerId(), d.currency(),
					money(d.amount(), d.currency()), d.reasonCode(), d.text(), d.source(), d.openedBy(), d.openedAt(),
					d.status(), d.resolution(), d.resolvedBy(), d.resolvedAt());
		}

	}

	/**
	 * @param holdId the hold
	 * @param customerId the customer
	 * @param reason why
	 * @param until its last day, or {@code null} until released
	 * @param setBy who set it
	 * @param setAt when
	 * @param releasedBy who released it
	 * @param releasedAt when
	 */
	record HoldView(long holdId, String customerId, String reason, LocalDate until, String setBy, Instant setAt,
			String releasedBy, Instant releasedAt) {

		static HoldView of(Hold h) {
			return new HoldView(h.holdId(), h.customerId(), h.reason(), h.until(), h.setBy(), h.setAt(), h.releasedBy(),
					h.releasedAt());
		}

	}

	/**
	 * @param noteId the note
	 * @param customerId the customer
	 * @param invoiceNumber the invoice it is about, or {@code null}
	 * @param text what was noted
	 * @param createdBy who
	 * @param createdAt when
	 */
	record NoteView(long noteId, String customerId, String invoiceNumber, String text, String createdBy,
			Instant createdAt) {

		static NoteView of(Note n) {
			return new NoteView(n.noteId(), n.customerId(), n.invoiceNumber(), n.text(), n.createdBy(), n.createdAt());
		}

	}

	/**
	 * @param occurredAt when posted or reversed
	 * @param kind {@code allocation}, {@code on_account}, {@code reversal}, ...
	 * @param id the allocation (or the source's own id)
	 * @param source {@code bank}, {@code manual}, ...
	 * @param currency the currency
	 * @param amount cash applied, negative when reversed
	 * @param discount discount granted
	 * @param writeOff difference written off
	 * @param invoiceNumber the invoice, or {@code null} on account
	 * @param payer who paid
	 * @param reference the bank's reference
	 * @param valueDate the payment's value date
	 * @param rule the matching rule, or {@code manual}
	 * @param status {@code posted} or {@code reversed}
	 */
	record PaymentView(Instant occurredAt, String kind, long id, String source, String currency, String amount,
			String discount, String writeOff, String invoiceNumber, String payer, String reference, LocalDate valueDate,
			String rule, String status) {

		static PaymentView of(PaymentEvent p) {
			String c = p.currency();
			return new PaymentView(p.occurredAt(), p.kind(), p.id(), p.source(), c, money(p.amount(), c),
					money(p.discount(), c), money(p.writeOff(), c), p.invoiceNumber(), p.payer(), p.reference(),
					p.valueDate(), p.rule(), p.status());
		}

	}

	private static String money(java.math.BigDecimal amount, String currency) {
		return (currency != null) ? Amounts.of(amount, currency) : null;
	}

}
