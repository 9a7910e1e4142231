package io.cashpost.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An outbox row with what the ledger says about it, and the feed event it becomes. A
 * receipt that was no receivable (booked to clearing: an internal transfer, interest) is
 * nobody's payment: it becomes no event, and neither does its reversal.
 *
 * @param outboxId the outbox row
 * @param kind {@code receipt}, {@code reversal}, {@code allocation} or
 * {@code allocation_reversed}
 * @param journalEntryId the receipt or reversal entry
 * @param entryPostedAt when it was posted
 * @param reversesEntryId what a reversal reverses
 * @param bankTransactionId the bank transaction
 * @param paymentAmount its amount
 * @param paymentCurrency its currency
 * @param valueDate its value date
 * @param bookingDate its booking date
 * @param debtorName the payer
 * @param debtorAccount the payer's account
 * @param entryRef the bank's reference
 * @param endToEndId the payer's end-to-end id
 * @param acquirer the card acquirer, when the payment is a card sale of a settlement
 * report
 * @param allocationId the allocation
 * @param allocationEntryId the entry that posted it
 * @param customerId its customer
 * @param currency its currency
 * @param appliedAmount cash applied
 * @param discountAmount discount granted
 * @param writeOffAmount difference written off
 * @param reasonCode why a difference or money on account
 * @param rule the matching rule, or {@code manual}
 * @param allocationPostedAt when it was posted
 * @param invoiceNumber its invoice, or {@code null} on account
 * @param reversedAt when it was reversed
 * @param applied whether the receipt (or what a reversal reverses) placed money with
 * customers
 * @param inSuspense whether it was held in suspense for a person to place
 * @param originalAmount what a reversal reverses: the original payment's amount
 * @param originalCurrency its currency
 * @param creditNoteAmount credit of the customer's credit notes the allocation used (on
 * the invoice it settles) or gave (on the credit note itself)
 * @param deductionAmount what the payer deducted from the invoice, which stays open by it
 * @param deductionReason why, as the payer or bank gave it
 */
record OutboxRow(long outboxId, String kind, Long journalEntryId, OffsetDateTime entryPostedAt, Long reversesEntryId,
		Long bankTransactionId, BigDecimal paymentAmount, String paymentCurrency, LocalDate valueDate,
		LocalDate bookingDate, String debtorName, String debtorAccount, String entryRef, String endToEndId,
		String acquirer, Long allocationId, Long allocationEntryId, String customerId, String currency,
		BigDecimal appliedAmount, BigDecimal discountAmount, BigDecimal writeOffAmount, String reasonCode, String rule,
		OffsetDateTime allocationPostedAt, String invoiceNumber, OffsetDateTime reversedAt, boolean applied,
		boolean inSuspense, BigDecimal originalAmount, String originalCurrency, BigDecimal creditNoteAmount,
		BigDecimal deductionAmount, String deductionReason) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	String type() {
		return switch (this.kind) {
			case "receipt" -> "payment.received";
			case "reversal" -> "payment.reversed";
			case "allocation" -> "allocation.posted";
			default -> "allocation.reversed";
		};
	}

	Instant occurredAt() {
		return switch (this.kind) {
			case "receipt", "reversal" -> this.entryPostedAt.toInstant();
			case "allocation" -> this.allocationPostedAt.toInstant();
			default -> (this.reversedAt != null) ? this.reversedAt.toInstant() : this.allocationPostedAt.toInstant();
		};
	}

	String eventCurrency() {
		return switch (this.kind) {
			case "receipt" -> this.paymentCurrency;
			case "reversal" -> (this.originalCurrency != null) ? this.originalCurrency : this.paymentCurrency;
			default -> this.currency;
		};
	}

	BigDecimal eventAmount() {
		return switch (this.kind) {
			case "receipt" -> this.paymentAmount;
			case "reversal" -> (this.originalAmount != null) ? this.originalAmount : this.paymentAmount.abs();
			default -> this.appliedAmount;
		};
	}

	/** The event's data, or {@code null} when it is no event for collection tools. */
	ObjectNode data() {
		return switch (this.kind) {
			case "receipt" -> (this.applied || this.inSuspense) ? receipt() : null;
			case "reversal" -> (this.applied || this.inSuspense) ? reversal() : null;
			case "allocation" -> allocation(false);
			default -> allocation(true);
		};
	}

	private ObjectNode receipt() {
		ObjectNode data = JSON.createObjectNode();
		data.put("receiptId", this.journalEntryId);
		data.put("bankTransactionId", this.bankTransactionId);
		data.put("status", this.applied ? "applied" : "being_applied");
		data.put("currency", this.paymentCurrency);
		data.put("amount", FeedPublisher.amount(this.paymentAmount, this.paymentCurrency));
		payment(data);
		data.put("postedAt", this.entryPostedAt.toInstant().toString());
		return data;
	}

	private ObjectNode reversal() {
		ObjectNode data = JSON.createObjectNode();
		data.put("reversalId", this.journalEntryId);
		data.put("reversesReceiptId", this.reversesEntryId);
		data.put("bankTransactionId", this.bankTransactionId);
		data.put("currency", eventCurrency());
		data.put("amount", FeedPublisher.amount(eventAmount(), eventCurrency()));
		payment(data);
		data.put("postedAt", this.entryPostedAt.toInstant().toString());
		return data;
	}

	private ObjectNode allocation(boolean reversed) {
		ObjectNode data = JSON.createObjectNode();
		data.put("allocationId", this.allocationId);
		data.put("receiptId", this.allocationEntryId);
		data.put("bankTransactionId", this.bankTransactionId);
		data.put("customerId", this.customerId);
		data.put("invoiceNumber", this.invoiceNumber);
		data.put("currency", this.currency);
		data.put("amount", FeedPublisher.amount(this.appliedAmount, this.currency));
		data.put("discount", FeedPublisher.amount(this.discountAmount, this.currency));
		data.put("writeOff", FeedPublisher.amount(this.writeOffAmount, this.currency));
		data.put("creditNote", FeedPublisher.amount(this.creditNoteAmount, this.currency));
		data.put("deduction", FeedPublisher.amount(this.deductionAmount, this.currency));
		data.put("deductionReason", this.deductionReason);
		data.put("reasonCode", this.reasonCode);
		data.put("rule", this.rule);
		data.put("postedAt", this.allocationPostedAt.toInstant().toString());
		if (reversed) {
			data.put("reversedAt", occurredAt().toString());
		}
		payment(data);
		return data;
	}

	private void payment(ObjectNode data) {
		data.put("source", (this.acquirer != null) ? "card:" + this.acquirer : "bank");
		data.put("payer", this.debtorName);
		data.put("payerAccount", this.debtorAccount);
		data.put("reference", this.entryRef);
		data.put("endToEndId", this.endToEndId);
		data.put("valueDate", (this.valueDate != null) ? this.valueDate.toString()
				: (this.bookingDate != null) ? this.bookingDate.toString() : null);
	}

}
