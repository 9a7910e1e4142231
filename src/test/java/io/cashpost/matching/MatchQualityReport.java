package io.cashpost.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import io.cashpost.matching.MatchingScenario.Allocation;
import io.cashpost.matching.MatchingScenario.Entry;
import io.cashpost.matching.MatchingScenario.Expected;
import io.cashpost.matching.MatchingScenario.Truth;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Compares what the pipeline did with every generated entry to the truth: per case type
 * and overall, how many were posted as they should be, how many were posted wrongly, how
 * many went to the exception queue and how many were classified.
 */
final class MatchQualityReport {

	private static final String OUTCOMES = """
			select t.entry_ref, t.match_status, e.reason, e.detail
			  from bank_transaction t
			  left join exception_item e on e.bank_transaction_id = t.transaction_id
			""";

	private static final String ALLOCATIONS = """
			select t.entry_ref, i.invoice_number, a.applied_amount, a.discount_amount, a.write_off_amount,
			       a.credit_note_amount, a.deduction_amount, a.deduction_reason
			  from allocation a
			  join bank_transaction t on t.transaction_id = a.bank_transaction_id
			  left join invoice i on i.invoice_id = a.invoice_id
			 where a.status = 'posted'
			""";

	private final Map<String, Row> rows = new LinkedHashMap<>();

	private final List<String> wrong = new ArrayList<>();

	private final Map<String, Entry> entries = new HashMap<>();

	private final Map<String, String> details = new HashMap<>();

	private final List<String> missed = new ArrayList<>();

	static MatchQualityReport of(MatchingScenario scenario, JdbcClient jdbc) {
		Map<String, String[]> outcomes = new HashMap<>();
		jdbc.sql(OUTCOMES)
			.query((RowCallbackHandler) (rs) -> outcomes.put(rs.getString(1),
					new String[] { rs.getString(2), rs.getString(3), rs.getString(4) }));
		Map<String, List<Allocation>> allocations = new HashMap<>();
		jdbc.sql(ALLOCATIONS)
			.query((RowCallbackHandler) (rs) -> allocations.computeIfAbsent(rs.getString(1), (ref) -> new ArrayList<>())
				.add(new Allocation(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
						rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8))));
		MatchQualityReport report = new MatchQualityReport();
		scenario.entries().forEach((entry) -> report.entries.put(entry.ref(), entry));
		MatchingCaseGenerator.DISTRIBUTION.keySet().forEach((type) -> report.rows.put(type, new Row(type)));
		for (Truth truth : scenario.truth().values()) {
			String[] outcome = outcomes.getOrDefault(truth.ref(), new String[] { "missing", null, null });
			report.count(truth, outcome[0], outcome[1], allocations.getOrDefault(truth.ref(), List.of()));
			report.details.put(truth.ref(), outcome[2]);
		}
		return report;
	}

	private void count(Truth truth, String status, String reason, List<Allocation> posted) {
		Row row = this.rows.computeIfAbsent(truth.caseType(), Row::new);
		row.expected.add(truth.expected().name().toLowerCase(Locale.ROOT));
		row.total++;
		boolean mayPost = truth.expected() == Expected.AUTO || truth.expected() == Expected.EITHER;
		if (truth.expected() == Expected.AUTO) {
			row.withEvidence++;
		}
		switch (status) {
			case "posted" -> {
				if (mayPost && sameAllocations(truth, posted)) {
					row.applied++;
					row.withEvidence += (truth.expected() == Expected.EITHER) ? 1 : 0;
				}
				else {
					row.wrong++;
					this.wrong.add(truth.ref() + " " + truth.caseType() + ": expected " + truth.expected() + " "
							+ keys(truth.allocations(), truth.onAccount()) + ", posted " + keys(posted, null));
				}
			}
			case "exception" -> {
				row.exceptions++;
				row.reasons.merge(reason, 1, Integer::sum);
				if (truth.expected() == Expected.AUTO || truth.expected() == Expected.CLASSIFIED) {
					this.missed.add(truth.ref() + " " + truth.caseType() + ": " + reason);
				}
			}
			case "not_receivable" -> {
				row.classified++;
				if (truth.expected() != Expected.CLASSIFIED) {
					this.missed.add(truth.ref() + " " + truth.caseType() + ": classified");
				}
			}
			default -> {
				row.other++;
				this.missed.add(truth.ref() + " " + truth.caseType() + ": " + status);
			}
		}
	}

	private static boolean sameAllocations(Truth truth, List<Allocation> posted) {
		List<Allocation> expected = new ArrayList<>(truth.allocations());
		if (truth.onAccount().signum() > 0) {
			expected.add(new Allocation(null, truth.onAccount(), BigDecimal.ZERO, BigDecimal.ZERO));
		}
		return keys(expected, null).equals(keys(posted, null));
	}

	private static TreeSet<String> keys(List<Allocation> allocations, BigDecimal onAccount) {
		TreeSet<String> keys = new TreeSet<>();
		allocations.forEach((allocation) -> keys.add(allocation.key()));
		if (onAccount != null && onAccount.signum() > 0) {
			keys.add("on account " + onAccount.stripTrailingZeros().toPlainString());
		}
		return keys;
	}

	/**
	 * Entries with enough evidence that were posted as they should be, in percent. An
	 * entry whose evidence depended on the order of the run ({@code either}) counts as
	 * having enough only when it was posted.
	 */
	double autoAppliedPercent() {
		int expected = 0;
		int applied = 0;
		for (Row row : this.rows.values()) {
			expected += row.withEvidence;
			applied += row.applied;
		}
		return (expected == 0) ? 100 : 100.0 * applied / expected;
	}

	int wrongAllocations() {
		return this.rows.values().stream().mapToInt((row) -> row.wrong).sum();
	}

	List<String> wrong() {
		return this.wrong;
	}

	/** Entries with enough evidence that were not posted, with what was seen and said. */
	List<String> missed() {
		return this.missed.stream().map((line) -> {
			String ref = line.substring(0, line.indexOf(' '));
			Entry entry = this.entries.get(ref);
			return line + " | " + entry.amount() + " from \"" + entry.debtorName() + "\" " + entry.debtorIban()
					+ " text \"" + entry.text() + "\" ref " + entry.creditorReference() + " docs " + entry.documents()
					+ " | " + this.details.get(ref);
		}).toList();
	}

	/** The figures as a Markdown table, one line per case type and one overall. */
	String table() {
		StringBuilder table = new StringBuilder();
		table.append("| case type | expected | payments | auto-applied | wrong | exceptions | classified |\n");
		table.append("|---|---|---:|---:|---:|---:|---:|\n");
		Row all = new Row("all");
		for (Row row : this.rows.values()) {
			if (row.total == 0) {
				continue;
			}
			table.append(row.line());
			all.add(row);
		}
		table.append(String.format(Locale.ROOT,
				"| **all** | | %d | %d (%.1f%% of %d with enough evidence) | %d | %d | %d |%n", all.total, all.applied,
				autoAppliedPercent(), all.withEvidence, all.wrong, all.exceptions, all.classified));
		return table.toString();
	}

	private static final class Row {

		private final String type;

		private final TreeSet<String> expected = new TreeSet<>();

		private final Map<String, Integer> reasons = new LinkedHashMap<>();

		private int total;

		private int applied;

		private int wrong;

		private int exceptions;

		private int classified;

		private int other;

		/** Entries a careful person would post (and order-dependent ones that were). */
		private int withEvidence;

		Row(String type) {
			this.type = type;
		}

		void add(Row row) {
			this.total += row.total;
			this.applied += row.applied;
			this.wrong += row.wrong;
			this.exceptions += row.exceptions;
			this.classified += row.classified;
			this.withEvidence += row.withEvidence;
		}

		String line() {
			String expectation = String.join("/", this.expected);
			String applied = (this.withEvidence > 0)
					? String.format(Locale.ROOT, "%d (%.1f%%)", this.applied, 100.0 * this.applied / this.withEvidence)
					: String.valueOf(this.applied);
			String reasons = this.reasons.isEmpty() ? "" : " " + this.reasons;
			return String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %d%s | %d |%n", this.type, expectation,
					this.total, applied, this.wrong, this.exceptions, reasons, this.classified);
		}

	}

}
