package io.cashpost.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One advice as {@code inspect} and {@code export advices} show it.
 *
 * @param adviceId its id
 * @param fileId the file it came in
 * @param fileName that file's name
 * @param adviceKey its id in the file
 * @param firstLine the file line its first row is on
 * @param payerName the payer's name, or {@code null}
 * @param payerAccount the payer's account, or {@code null}
 * @param paymentReference the payment's reference, or {@code null}
 * @param endToEndId the payment's end-to-end id, or {@code null}
 * @param paymentDate when the payer paid
 * @param currency the currency
 * @param amount the payment's amount
 * @param lines its lines
 * @param status {@code waiting}, {@code linked} or {@code expired}
 * @param bankTransactionId the payment it is linked to, or {@code null}
 * @param linkedBy {@code reference} or {@code payer_amount_date}, or {@code null}
 * @param outcome what deciding its payment with it came to, or {@code null}
 * @param detail why it waits, or what was decided, in words
 */
public record AdviceRow(long adviceId, long fileId, String fileName, String adviceKey, int firstLine, String payerName,
		String payerAccount, String paymentReference, String endToEndId, LocalDate paymentDate, String currency,
		BigDecimal amount, int lines, String status, Long bankTransactionId, String linkedBy, String outcome,
		String detail) {

}
