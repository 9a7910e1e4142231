package io.cashpost.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.cashpost.collection.DailyFigures;
import io.cashpost.collection.KeyFigures;
import io.cashpost.collection.KeyFiguresReport;
import io.cashpost.collection.PeriodFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/kpis?from=&to=}: DSO (simple and count-back), best possible DSO,
 * average days delinquent, CEI, percent current per currency for the period, the
 * auto-match rate and the exceptions open; per day over a trailing window. Without dates:
 * the last 30 days. CSV writes the day rows.
 */
@RestController
@Tag(name = "Key figures",
		description = "DSO, best possible DSO, ADD, CEI, percent current, auto-match rate " + "(COLLECTOR)")
class KeyFiguresApi {

	private final KeyFigures keyFigures;

	private final Clock clock;

	KeyFiguresApi(KeyFigures keyFigures, Clock clock) {
		this.keyFigures = keyFigures;
		this.clock = clock;
	}

	@GetMapping(path = "/api/kpis", produces = { "application/json", "text/csv" })
	@Operation(summary = "Key figures for a period (default: the last 30 days) and per day over a trailing window")
	KpiReport kpis(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer window) {
		LocalDate last = (to != null) ? to : LocalDate.now(this.clock);
		LocalDate first = (from != null) ? from : last.minusDays(29);
		KeyFiguresReport report = this.keyFigures.report(first, last, window);
		return new KpiReport(report.from(), report.to(), report.windowDays(),
				report.currencies().stream().map(PeriodView::of).toList(), report.autoMatched(), report.referred(),
				report.autoMatchRate(), report.exceptionsOpen(), report.oldestExceptionDays(),
				report.averageExceptionDays(), report.days().stream().map(DayView::of).toList());
	}

	/**
	 * Key figures; amounts as decimal strings, days and percentages as numbers.
	 *
	 * @param from the period's first day
	 * @param to its last day
	 * @param windowDays the trailing window of the day figures
	 * @param currencies the period's figures per currency
	 * @param autoMatched receipts posted automatically
	 * @param referred receipts referred to the exception queue
	 * @param autoMatchRate percent posted automatically
	 * @param exceptionsOpen exceptions open at the end
	 * @param oldestExceptionDays the oldest one's age
	 * @param averageExceptionDays their average age
	 * @param days per day and currency
	 */
	record KpiReport(LocalDate from, LocalDate to, int windowDays, List<PeriodView> currencies, long autoMatched,
			long referred, BigDecimal autoMatchRate, int exceptionsOpen, Integer oldestExceptionDays,
			BigDecimal averageExceptionDays, List<DayView> days) implements Listing {

		@Override
		@JsonIgnore
		public List<?> items() {
			return this.days;
		}

		@Override
		@JsonIgnore
		public String next() {
			return null;
		}

		@Override
		@JsonIgnore
		public Class<?> itemType() {
			return DayView.class;
		}

		@Override
		@JsonIgnore
		public String cursorParameter() {
			return "cursor";
		}

	}

	/**
	 * @param currency the currency
	 * @param beginningReceivables open the day before the period
	 * @param endingReceivables open at its end
	 * @param endingCurrentReceivables the part not yet due
	 * @param creditSales invoiced in the period
	 * @param days days in the period
	 * @param dso ending receivables × days / credit sales
	 * @param countBackDso days of latest sales the receivables amount to
	 * @param bestPossibleDso ending current receivables × days / credit sales
	 * @param averageDaysDelinquent DSO − best possible DSO
	 * @param collectionEffectivenessIndex CEI (CRF form), percent
	 * @param percentCurrent current / total receivables, percent
	 */
	record PeriodView(String currency, String beginningReceivables, String endingReceivables,
			String endingCurrentReceivables, String creditSales, int days, BigDecimal dso, BigDecimal countBackDso,
			BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent, BigDecimal collectionEffectivenessIndex,
			BigDecimal percentCurrent) {

		static PeriodView of(PeriodFigures p) {
			String c = p.currency();
			return new PeriodView(c, Amounts.of(p.beginningReceivables(), c), Amounts.of(p.endingReceivables(), c),
					Amounts.of(p.endingCurrentReceivables(), c), Amounts.of(p.creditSales(), c), p.days(), p.dso(),
					p.countBackDso(), p.bestPossibleDso(), p.averageDaysDelinquent(), p.collectionEffectivenessIndex(),
					p.percentCurrent());
		}

	}

	/**
	 * @param date the day
	 * @param currency the currency
	 * @param receivables open at its end
	 * @param currentReceivables the part not yet due
	 * @param creditSales invoiced that day
	 * @param dso over the trailing window
	 * @param bestPossibleDso over the window
	 * @param averageDaysDelinquent DSO − best possible DSO
	 * @param collectionEffectivenessIndex CEI over the window
	 * @param percentCurrent current / total, percent
	 * @param autoMatchRate percent of the day's receipts posted automatically
	 * @param exceptionsOpen exceptions open at its end
	 * @param oldestExceptionDays the oldest one's age
	 */
	record DayView(LocalDate date, String currency, String receivables, String currentReceivables, String creditSales,
			BigDecimal dso, BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent,
			BigDecimal collectionEffectivenessIndex, BigDecimal percentCurrent, BigDecimal autoMatchRate,
			int exceptionsOpen, Integer oldestExceptionDays) {

		static DayView of(DailyFigures d) {
			String c = d.currency();
			return new DayView(d.date(), c, Amounts.of(d.receivables(), c), Amounts.of(d.currentReceivables(), c),
					Amounts.of(d.creditSales(), c), d.dso(), d.bestPossibleDso(), d.averageDaysDelinquent(),
					d.collectionEffectivenessIndex(), d.percentCurrent(), d.autoMatchRate(), d.exceptionsOpen(),
					d.oldestExceptionDays());
		}

	}

}
