package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One exception with its evidence, its suggestions and, once resolved, how.
 *
 * @param exceptionId the item
 * @param reason why the payment was not posted
 * @param detail the reason in words
 * @param status {@code open} or {@code resolved}
 * @param createdAt when it was queued
 * @param holdsMoney whether its money waits in suspense
 * @param payment the payment as the bank reported it
 * @param suggestions ranked suggestions, best first
 * @param resolution how it was resolved, or {@code null}
 */
public record ExceptionDetail(long exceptionId, String reason, String detail, String status, OffsetDateTime createdAt,
		boolean holdsMoney, Evidence payment, List<RankedSuggestion> suggestions, ResolutionRecord resolution) {

	/**
	 * The payment.
	 *
	 * @param bankTransactionId the bank transaction
	 * @param file the statement file
	 * @param account our account it was paid to
	 * @param currency its currency
	 * @param amount its amount
	 * @param bookingDate booked
	 * @param valueDate value date
	 * @param payer who paid
	 * @param payerAccount from which account
	 * @param entryRef the bank's reference
	 * @param endToEndId the payer's end-to-end id
	 * @param creditorReference a structured reference, if any
	 * @param referredDocuments document numbers the payer referred to
	 * @param remittance what the payer wrote
	 * @param bankTransactionCode the bank's transaction code
	 */
	public record Evidence(long bankTransactionId, String file, String account, String currency, BigDecimal amount,
			LocalDate bookingDate, LocalDate valueDate, String payer, String payerAccount, String entryRef,
			String endToEndId, String creditorReference, List<String> referredDocuments, String remittance,
			String bankTransactionCode) {
	}

	/**
	 * A suggestion, with what is open on its invoice now.
	 *
	 * @param rank 1 for the best
	 * @param invoiceNumber the invoice
	 * @param customerId its customer
	 * @param currency its currency
	 * @param openAmountWhenQueued what was open when the exception was queued
	 * @param openAmountNow what is open now, or {@code null} when the invoice is gone
	 * @param score how good a fit, 0 to 1
	 * @param why the evidence for it
	 */
	public record RankedSuggestion(int rank, String invoiceNumber, String customerId, String currency,
			BigDecimal openAmountWhenQueued, BigDecimal openAmountNow, BigDecimal score, String why) {
	}

	/**
	 * How it was resolved.
	 *
	 * @param kind {@code assign}, {@code on_account}, ...
	 * @param detail the decision in words
	 * @param resolvedBy who
	 * @param resolvedAt when
	 * @param journalEntryId the entry that moved the money, if any
	 */
	public record ResolutionRecord(String kind, String detail, String resolvedBy, OffsetDateTime resolvedAt,
			Long journalEntryId) {
	}

}
