package io.cashpost.exceptionqueue;

import java.math.BigDecimal;

/**
 * Which exceptions to list; {@code null} leaves a criterion out.
 *
 * @param status {@code open} or {@code resolved}
 * @param reason the reason code, e.g. {@code no_candidate}
 * @param currency the payment's currency
 * @param minAmount the least amount
 * @param maxAmount the greatest amount
 * @param minAgeDays queued at least this many days ago
 * @param maxAgeDays queued at most this many days ago
 */
public record ExceptionFilter(String status, String reason, String currency, BigDecimal minAmount, BigDecimal maxAmount,
		Integer minAgeDays, Integer maxAgeDays) {

}
