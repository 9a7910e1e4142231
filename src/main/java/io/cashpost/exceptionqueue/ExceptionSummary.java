package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An exception in the queue's list.
 *
 * @param exceptionId the item
 * @param reason why the payment was not posted
 * @param status {@code open} or {@code resolved}
 * @param createdAt when it was queued
 * @param ageDays days since
 * @param currency the payment's currency
 * @param amount its amount
 * @param valueDate its value date
 * @param payer who paid
 * @param payerAccount from which account
 * @param remittance what the payer wrote
 * @param file the statement file it came in
 * @param holdsMoney whether its money waits in suspense
 * @param suggestions how many suggestions it has
 * @param bestSuggestion the best one in words, or {@code null}
 */
public record ExceptionSummary(long exceptionId, String reason, String status, OffsetDateTime createdAt, int ageDays,
		String currency, BigDecimal amount, LocalDate valueDate, String payer, String payerAccount, String remittance,
		String file, boolean holdsMoney, int suggestions, String bestSuggestion) {

}
