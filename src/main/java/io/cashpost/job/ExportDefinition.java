package io.cashpost.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report {@code nightlyJob} writes, and where.
 *
 * @param report {@code balances}, {@code allocations}, {@code exceptions} or
 * {@code aging}
 * @param file the file; {@code {date}} in it becomes the run's date
 */
public record ExportDefinition(String report, String file) {

	/** The file for the run of this day. */
	public Path fileFor(LocalDate date) {
		return Path.of(this.file.replace("{date}", date.toString()));
	}

	/** As one job parameter: {@code balances=out/b-{date}.csv;exceptions=...}. */
	static String format(List<ExportDefinition> exports) {
		return exports.stream().map((export) -> export.report() + "=" + export.file()).collect(Collectors.joining(";"));
	}

	/**
	 * Reads the job parameter back.
	 * @throws IllegalArgumentException for a part without {@code report=file}
	 */
	static List<ExportDefinition> parse(String parameter) {
		List<ExportDefinition> exports = new ArrayList<>();
		if (parameter == null || parameter.isBlank()) {
			return exports;
		}
		for (String part : parameter.split(";")) {
			int equals = part.indexOf('=');
			if (equals <= 0 || equals == part.length() - 1) {
				throw new IllegalArgumentException("exports: expected report=file;report=file, got '" + part + "'");
			}
			exports.add(new ExportDefinition(part.substring(0, equals).strip(), part.substring(equals + 1).strip()));
		}
		return exports;
	}

}
