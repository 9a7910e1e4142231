package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * The key figures of one currency over a period. A figure whose denominator is zero (no
 * credit sales, no receivables) is {@code null}.
 *
 * @param currency the currency
 * @param beginningReceivables open at the end of the day before the period
 * @param endingReceivables open at the end of the period
 * @param endingCurrentReceivables the part of it not yet due
 * @param creditSales invoiced in the period
 * @param days days in the period
 * @param dso days sales outstanding: ending receivables × days / credit sales
 * @param countBackDso days of the latest credit sales, counted back month by month, that
 * the ending receivables amount to
 * @param bestPossibleDso ending current receivables × days / credit sales
 * @param averageDaysDelinquent DSO − best possible DSO
 * @param collectionEffectivenessIndex CEI, the Credit Research Foundation's form:
 * (beginning receivables + credit sales − ending receivables) / (beginning receivables +
 * credit sales − ending current receivables) × 100
 * @param percentCurrent ending current receivables / ending receivables × 100
 */
public record PeriodFigures(String currency, BigDecimal beginningReceivables, BigDecimal endingReceivables,
		BigDecimal endingCurrentReceivables, BigDecimal creditSales, int days, BigDecimal dso, BigDecimal countBackDso,
		BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent, BigDecimal collectionEffectivenessIndex,
		BigDecimal percentCurrent) {

}
