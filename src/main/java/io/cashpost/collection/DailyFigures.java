package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The key figures of one currency at the end of one day, over the trailing window (the
 * window's days up to and including this one): the DSO trend.
 *
 * @param date the day
 * @param currency the currency
 * @param receivables open at the day's end
 * @param currentReceivables the part not yet due
 * @param creditSales invoiced that day
 * @param dso receivables × window days / credit sales of the window
 * @param bestPossibleDso current receivables × window days / credit sales of the window
 * @param averageDaysDelinquent DSO − best possible DSO
 * @param collectionEffectivenessIndex CEI over the window
 * @param percentCurrent current / total receivables × 100
 * @param autoMatchRate receipts posted automatically that day / those decided (posted or
 * referred) × 100; the same for every currency
 * @param exceptionsOpen exceptions open at the day's end
 * @param oldestExceptionDays age in days of the oldest of them
 */
public record DailyFigures(LocalDate date, String currency, BigDecimal receivables, BigDecimal currentReceivables,
		BigDecimal creditSales, BigDecimal dso, BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent,
		BigDecimal collectionEffectivenessIndex, BigDecimal percentCurrent, BigDecimal autoMatchRate,
		int exceptionsOpen, Integer oldestExceptionDays) {

}
