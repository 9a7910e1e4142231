package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Key figures for a chosen period: per currency over the whole period, and per day over a
 * trailing window.
 *
 * @param from the period's first day
 * @param to its last day
 * @param windowDays the trailing window of each day's figures
 * @param currencies the period's figures per currency
 * @param autoMatched receipts posted automatically in the period
 * @param referred receipts referred to the exception queue in the period
 * @param autoMatchRate autoMatched / (autoMatched + referred) × 100, or {@code null}
 * @param exceptionsOpen exceptions open at the period's end
 * @param oldestExceptionDays the oldest one's age in days, or {@code null}
 * @param averageExceptionDays their average age in days, or {@code null}
 * @param days each day's figures per currency
 */
public record KeyFiguresReport(LocalDate from, LocalDate to, int windowDays, List<PeriodFigures> currencies,
		long autoMatched, long referred, BigDecimal autoMatchRate, int exceptionsOpen, Integer oldestExceptionDays,
		BigDecimal averageExceptionDays, List<DailyFigures> days) {

}
