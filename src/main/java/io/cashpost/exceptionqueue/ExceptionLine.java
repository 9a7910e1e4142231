package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One exception item as the export shows it.
 *
 * @param exceptionId the item
 * @param file the bank file the payment came from
 * @param entryRef the bank's reference of the entry
 * @param endToEndId the payer's end-to-end id
 * @param currency the payment's currency
 * @param amount the payment's amount
 * @param valueDate its value date
 * @param debtorName the payer's name
 * @param debtorAccount the payer's account
 * @param remittance what the payer wrote
 * @param reason why it was not posted
 * @param detail the reason in words
 * @param suggestions ranked suggestions, best first, separated by {@code |}
 * @param status {@code open} or {@code resolved}
 * @param createdAt when it was queued
 */
public record ExceptionLine(long exceptionId, String file, String entryRef, String endToEndId, String currency,
		BigDecimal amount, LocalDate valueDate, String debtorName, String debtorAccount, String remittance,
		String reason, String detail, String suggestions, String status, OffsetDateTime createdAt) {

}
