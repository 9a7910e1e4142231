package io.cashpost.posting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One allocation as the export shows it: which part of which bank entry went to which
 * invoice.
 *
 * @param allocationId the allocation
 * @param file the bank file the entry came from
 * @param entryRef the bank's reference of the entry
 * @param endToEndId the payer's end-to-end id
 * @param invoiceNumber the invoice, or {@code null} for money put on account
 * @param customerId the customer
 * @param currency the currency
 * @param appliedAmount cash applied
 * @param discountAmount discount granted
 * @param writeOffAmount difference written off
 * @param reasonCode why not simply settled ({@code short_payment}, {@code overpayment},
 * ...)
 * @param rule the matching rule that decided
 * @param confidence its confidence
 * @param evidence what it saw
 * @param status {@code posted} or {@code reversed}
 * @param postedAt when it was posted
 * @param deductionAmount what the payer deducted and left open, with a reason
 * @param deductionReason why, or {@code null}
 * @param creditNoteAmount credit notes applied to the invoice, or of a credit note its
 * credit used
 */
public record AllocationLine(long allocationId, String file, String entryRef, String endToEndId, String invoiceNumber,
		String customerId, String currency, BigDecimal appliedAmount, BigDecimal discountAmount,
		BigDecimal writeOffAmount, String reasonCode, String rule, BigDecimal confidence, String evidence,
		String status, OffsetDateTime postedAt, BigDecimal deductionAmount, String deductionReason,
		BigDecimal creditNoteAmount) {

}
