package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a customer's payment history: money applied to an invoice or put on
 * account, or such an application reversed.
 *
 * @param occurredAt when it was posted (or reversed)
 * @param kind {@code allocation}, {@code on_account}, {@code reversal}, or a kind a
 * {@link PaymentHistorySource} adds (e.g. {@code card_settlement})
 * @param id the id of what it is, unique within its kind: the allocation id for the
 * ledger's kinds
 * @param source {@code bank}, {@code card:ACQUIRER} (a card or PSP sale from a settlement
 * report), {@code manual} (placed by a person from suspense) or another source's own name
 * @param currency the currency
 * @param amount cash applied; negative for a reversal
 * @param discount early-payment discount granted with it
 * @param writeOff difference written off with it
 * @param invoiceNumber the invoice, or {@code null} for money on account
 * @param payer who paid, as the bank wrote it
 * @param reference the bank's (or the acquirer's) reference of the payment
 * @param valueDate the payment's value date
 * @param rule the matching rule that placed it, or {@code manual}
 * @param status {@code posted} or {@code reversed}
 */
public record PaymentEvent(Instant occurredAt, String kind, long id, String source, String currency, BigDecimal amount,
		BigDecimal discount, BigDecimal writeOff, String invoiceNumber, String payer, String reference,
		LocalDate valueDate, String rule, String status) {

	/** Where the event sits in the newest-first order pages are cut from. */
	public PaymentHistorySource.Position position() {
		return new PaymentHistorySource.Position(this.occurredAt, this.kind, this.id);
	}

}
