package io.cashpost.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

/**
 * Key figures of collection, by the Credit Research Foundation's definitions, for a
 * chosen period and per day, recomputed from the ledger:
 * <ul>
 * <li>DSO (simple) = ending receivables × days in the period / credit sales of the
 * period;</li>
 * <li>count-back DSO: from the ending receivables, take off the credit sales of each
 * month going back from the period's end (a month's days count whole while the
 * receivables exceed its sales; the last month counts the share its sales cover); at most
 * {@value #COUNT_BACK_MONTHS} months;</li>
 * <li>best possible DSO = ending current receivables (not yet due) × days / credit
 * sales;</li>
 * <li>average days delinquent = DSO − best possible DSO;</li>
 * <li>collection effectiveness index (CEI, the CRF's form) = (beginning receivables +
 * credit sales − ending total receivables) / (beginning receivables + credit sales −
 * ending current receivables) × 100. A variant found elsewhere uses the beginning
 * <em>current</em> receivables in the denominator; this is not it;</li>
 * <li>percent current = current receivables / total receivables × 100;</li>
 * <li>auto-match rate = receipts posted automatically / receipts decided (posted
 * automatically or referred to the exception queue) × 100;</li>
 * <li>exceptions open at the end and their age.</li>
 * </ul>
 * Credit sales are the invoices issued (their full amount); receivables are open invoice
 * amounts at the end of a day. Day figures use the trailing window of
 * {@code kpi-window-days} (the day and the days before it).
 */
@Service
public class KeyFigures {

	static final int COUNT_BACK_MONTHS = 24;

	static final int MAX_PERIOD_DAYS = 366;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final ReceivablesSeries receivables;

	private final QueueSeries queue;

	private final CollectionProperties properties;

	KeyFigures(ReceivablesSeries receivables, QueueSeries queue, CollectionProperties properties) {
		this.receivables = receivables;
		this.queue = queue;
		this.properties = properties;
	}

	/**
	 * @param windowDays the trailing window of the day figures, or {@code null} for the
	 * configured one
	 */
	public KeyFiguresReport report(LocalDate from, LocalDate to, Integer windowDays) {
		int window = (windowDays != null) ? windowDays : this.properties.kpiWindowDays();
		check(from, to, window);
		LocalDate first = from.minusDays(window);
		Map<String, Map<LocalDate, ReceivablesSeries.Day>> series = byCurrency(this.receivables.days(first, to));
		Map<LocalDate, QueueSeries.Decisions> decisions = new HashMap<>();
		this.queue.decisions(from, to).forEach((d) -> decisions.put(d.day(), d));
		Map<LocalDate, QueueSeries.OpenExceptions> open = new HashMap<>();
		this.queue.openExceptions(from, to).forEach((o) -> open.put(o.day(), o));
		List<PeriodFigures> period = new ArrayList<>();
		List<DailyFigures> days = new ArrayList<>();
		Map<String, List<ReceivablesSeries.Sales>> history = salesHistory(to);
		series.forEach((currency, byDay) -> {
			period.add(period(currency, byDay, from, to, history.getOrDefault(currency, List.of())));
			for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
				days.add(day(currency, byDay, day, window, decisions.get(day), open.get(day)));
			}
		});
		long automatic = decisions.values().stream().mapToLong(QueueSeries.Decisions::automatic).sum();
		long referred = decisions.values().stream().mapToLong(QueueSeries.Decisions::referred).sum();
		QueueSeries.OpenExceptions atEnd = open.get(to);
		return new KeyFiguresReport(from, to, window, period, automatic, referred,
				percent(BigDecimal.valueOf(automatic), BigDecimal.valueOf(automatic + referred)),
				(atEnd != null) ? atEnd.open() : 0, (atEnd != null) ? atEnd.oldestDays() : null,
				(atEnd != null && atEnd.averageDays() != null) ? atEnd.averageDays().setScale(1, RoundingMode.HALF_UP)
						: null,
				days);
	}

	private static void check(LocalDate from, LocalDate to, int window) {
		if (from == null || to == null || to.isBefore(from)) {
			throw ActionRefusedException.invalid("key figures need from <= to, not " + from + " to " + to);
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
			throw ActionRefusedException.invalid("a period is at most " + MAX_PERIOD_DAYS + " days");
		}
		if (window < 1 || window > 365) {
			throw ActionRefusedException.invalid("a window is 1 to 365 days, not " + window);
		}
	}

	private static PeriodFigures period(String currency, Map<LocalDate, ReceivablesSeries.Day> byDay, LocalDate from,
			LocalDate to, List<ReceivablesSeries.Sales> history) {
		int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
		BigDecimal sales = salesBetween(byDay, from, to);
		ReceivablesSeries.Day begin = byDay.get(from.minusDays(1));
		ReceivablesSeries.Day end = byDay.get(to);
		Ratios ratios = Ratios.of(begin.receivables(), sales, end.receivables(), end.currentReceivables(), days);
		return new PeriodFigures(currency, begin.receivables(), end.receivables(), end.currentReceivables(), sales,
				days, ratios.dso(), countBack(end.receivables(), to, history), ratios.bestPossibleDso(),
				ratios.averageDaysDelinquent(), ratios.cei(), ratios.percentCurrent());
	}

	private static DailyFigures day(String currency, Map<LocalDate, ReceivablesSeries.Day> byDay, LocalDate day,
			int window, QueueSeries.Decisions decided, QueueSeries.OpenExceptions open) {
		ReceivablesSeries.Day today = byDay.get(day);
		ReceivablesSeries.Day begin = byDay.get(day.minusDays(window));
		BigDecimal sales = salesBetween(byDay, day.minusDays(window - 1), day);
		Ratios ratios = Ratios.of(begin.receivables(), sales, today.receivables(), today.currentReceivables(), window);
		BigDecimal autoMatchRate = (decided != null) ? percent(BigDecimal.valueOf(decided.automatic()),
				BigDecimal.valueOf(decided.automatic() + decided.referred())) : null;
		return new DailyFigures(day, currency, today.receivables(), today.currentReceivables(), today.creditSales(),
				ratios.dso(), ratios.bestPossibleDso(), ratios.averageDaysDelinquent(), ratios.cei(),
				ratios.percentCurrent(), autoMatchRate, (open != null) ? open.open() : 0,
				(open != null) ? open.oldestDays() : null);
	}

	/**
	 * Count-back DSO: whole months back from {@code end} while the receivables left
	 * exceed their sales, then the share of the last month's days its sales cover.
	 * {@code null} when {@value #COUNT_BACK_MONTHS} months of sales do not cover them.
	 */
	static BigDecimal countBack(BigDecimal receivables, LocalDate end, List<ReceivablesSeries.Sales> history) {
		BigDecimal left = receivables;
		BigDecimal days = BigDecimal.ZERO;
		LocalDate monthEnd = end;
		for (int month = 1; month <= COUNT_BACK_MONTHS; month++) {
			if (left.signum() <= 0) {
				return days.setScale(1, RoundingMode.HALF_UP);
			}
			LocalDate monthStart = end.minusMonths(month);
			BigDecimal length = BigDecimal.valueOf(ChronoUnit.DAYS.between(monthStart, monthEnd));
			BigDecimal sales = salesIn(history, monthStart, monthEnd);
			if (left.compareTo(sales) > 0) {
				days = days.add(length);
				left = left.subtract(sales);
			}
			else {
				days = days.add(length.multiply(left).divide(sales, 10, RoundingMode.HALF_UP));
				left = BigDecimal.ZERO;
			}
			monthEnd = monthStart;
		}
		return (left.signum() <= 0) ? days.setScale(1, RoundingMode.HALF_UP) : null;
	}

	/** Sales in {@code (after, last]}. */
	private static BigDecimal salesIn(List<ReceivablesSeries.Sales> history, LocalDate after, LocalDate last) {
		return history.stream()
			.filter((s) -> s.day().isAfter(after) && !s.day().isAfter(last))
			.map(ReceivablesSeries.Sales::sales)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private Map<String, List<ReceivablesSeries.Sales>> salesHistory(LocalDate to) {
		Map<String, List<ReceivablesSeries.Sales>> history = new HashMap<>();
		for (ReceivablesSeries.Sales sales : this.receivables.sales(to.minusMonths(COUNT_BACK_MONTHS), to)) {
			history.computeIfAbsent(sales.currency(), (c) -> new ArrayList<>()).add(sales);
		}
		return history;
	}

	private static BigDecimal salesBetween(Map<LocalDate, ReceivablesSeries.Day> byDay, LocalDate first,
			LocalDate last) {
		BigDecimal sales = BigDecimal.ZERO;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			sales = sales.add(byDay.get(day).creditSales());
		}
		return sales;
	}

	private static Map<String, Map<LocalDate, ReceivablesSeries.Day>> byCurrency(List<ReceivablesSeries.Day> days) {
		Map<String, Map<LocalDate, ReceivablesSeries.Day>> series = new TreeMap<>();
		for (ReceivablesSeries.Day day : days) {
			series.computeIfAbsent(day.currency(), (c) -> new LinkedHashMap<>()).put(day.day(), day);
		}
		return series;
	}

	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return null;
		}
		return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
	}

	/**
	 * The ratios of a span of days.
	 *
	 * @param dso days sales outstanding
	 * @param bestPossibleDso the same with current receivables only
	 * @param averageDaysDelinquent their difference
	 * @param cei collection effectiveness index
	 * @param percentCurrent the share of receivables not yet due
	 */
	record Ratios(BigDecimal dso, BigDecimal bestPossibleDso, BigDecimal averageDaysDelinquent, BigDecimal cei,
			BigDecimal percentCurrent) {

		static Ratios of(BigDecimal beginning, BigDecimal sales, BigDecimal ending, BigDecimal endingCurrent,
				int days) {
			BigDecimal dso = days(ending, sales, days);
			BigDecimal best = days(endingCurrent, sales, days);
			BigDecimal add = (dso != null) ? dso.subtract(best) : null;
			BigDecimal cei = percent(beginning.add(sales).subtract(ending),
					beginning.add(sales).subtract(endingCurrent));
			return new Ratios(dso, best, add, cei, percent(endingCurrent, ending));
		}

		private static BigDecimal days(BigDecimal receivables, BigDecimal sales, int days) {
			if (sales.signum() == 0) {
				return null;
			}
			return receivables.multiply(BigDecimal.valueOf(days)).divide(sales, 1, RoundingMode.HALF_UP);
		}

	}

}
