package io.cashpost.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.collection.Aging;
import io.cashpost.collection.AgingRow;
import io.cashpost.collection.DailyFigures;
import io.cashpost.collection.DailyPostings;
import io.cashpost.collection.KeyFigures;
import io.cashpost.collection.KeyFiguresReport;
import io.cashpost.intake.FileRecord;
import io.cashpost.intake.ReceivedFiles;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The overview: today's files and postings, the auto-match rate, the exceptions open, an
 * aging chart and a DSO trend over the last 90 days.
 */
@Controller
@DashboardPage
class OverviewPage {

	private static final int TREND_DAYS = 90;

	private final ReceivedFiles files;

	private final DailyPostings postings;

	private final KeyFigures keyFigures;

	private final Aging aging;

	private final DashboardFormat format;

	private final Clock clock;

	OverviewPage(ReceivedFiles files, DailyPostings postings, KeyFigures keyFigures, Aging aging,
			DashboardFormat format, Clock clock) {
		this.files = files;
		this.postings = postings;
		this.keyFigures = keyFigures;
		this.aging = aging;
		this.format = format;
		this.clock = clock;
	}

	@GetMapping("/")
	String overview(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<FileRecord> todaysFiles = this.files.recent(null, 500)
			.stream()
			.filter((file) -> !file.receivedAt().atZone(this.clock.getZone()).toLocalDate().isBefore(today))
			.toList();
		KeyFiguresReport trend = this.keyFigures.report(today.minusDays(TREND_DAYS - 1), today, 30);
		List<AgingRow> agingTotals = this.aging.totals(today, null);
		model.addAttribute("today", today);
		model.addAttribute("files", todaysFiles);
		model.addAttribute("fileCounts", countByStatus(todaysFiles));
		model.addAttribute("posted", this.postings.today());
		model.addAttribute("kpis", trend);
		model.addAttribute("todayFigures", trend.days().stream().filter((d) -> d.date().equals(today)).toList());
		model.addAttribute("aging", agingTotals);
		model.addAttribute("agingChart", this.format.json(agingChart(agingTotals)));
		model.addAttribute("dsoChart", this.format.json(dsoChart(trend)));
		return "overview";
	}

	private static Map<String, Long> countByStatus(List<FileRecord> files) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String status : List.of("ingested", "quarantined", "refused", "received")) {
			counts.put(status, files.stream().filter((f) -> f.status().equals(status)).count());
		}
		return counts;
	}

	/** Per currency: the buckets' labels and amounts, for charts.js. */
	private static List<Map<String, Object>> agingChart(List<AgingRow> totals) {
		List<Map<String, Object>> charts = new ArrayList<>();
		for (AgingRow row : totals) {
			Map<String, Object> chart = new LinkedHashMap<>();
			chart.put("title", "Aging " + row.currency());
			chart.put("labels", List.of("current", "1–30", "31–60", "61–90", "91–120", "> 120"));
			chart.put("values", List.of(number(row.current()), number(row.overdue1To30()), number(row.overdue31To60()),
					number(row.overdue61To90()), number(row.overdue91To120()), number(row.overdueOver120())));
			chart.put("unit", row.currency());
			charts.add(chart);
		}
		return charts;
	}

	/** Per currency: each day's DSO and best possible DSO, for charts.js. */
	private static List<Map<String, Object>> dsoChart(KeyFiguresReport report) {
		Map<String, Map<String, Object>> byCurrency = new LinkedHashMap<>();
		for (DailyFigures day : report.days()) {
			Map<String, Object> chart = byCurrency.computeIfAbsent(day.currency(), (c) -> {
				Map<String, Object> created = new LinkedHashMap<>();
				created.put("title", "DSO " + c + " (" + report.windowDays() + "-day window)");
				created.put("labels", new ArrayList<String>());
				Map<String, List<String>> series = new LinkedHashMap<>();
				series.put("DSO", new ArrayList<>());
				series.put("best possible DSO", new ArrayList<>());
				created.put("series", series);
				return created;
			});
			labels(chart).add(day.date().toString());
			series(chart, "DSO").add(number(day.dso()));
			series(chart, "best possible DSO").add(number(day.bestPossibleDso()));
		}
		return new ArrayList<>(byCurrency.values());
	}

	@SuppressWarnings("unchecked")
	private static List<String> labels(Map<String, Object> chart) {
		return (List<String>) chart.get("labels");
	}

	@SuppressWarnings("unchecked")
	private static List<String> series(Map<String, Object> chart, String name) {
		return ((Map<String, List<String>>) chart.get("series")).get(name);
	}

	/** Decimal strings: the chart reads them as numbers, the JSON keeps them exact. */
	private static String number(BigDecimal value) {
		return (value != null) ? value.toPlainString() : null;
	}

}
