package io.cashpost.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.cashpost.collection.CustomerAging;
import io.cashpost.job.ReportExports;

import org.springframework.stereotype.Component;

/**
 * The reports {@code nightlyJob} writes: the CSV of {@code export}, and the aging the
 * night refreshed.
 */
@Component
class JobExports implements ReportExports {

	static final List<String> AGING_COLUMNS = List.of("customer_id", "customer_name", "currency", "as_of", "not_due",
			"overdue_1_30", "overdue_31_60", "overdue_61_90", "overdue_over_90", "overdue_91_120", "overdue_over_120");

	private final ExportCommand export;

	private final CustomerAging aging;

	JobExports(ExportCommand export, CustomerAging aging) {
		this.export = export;
		this.aging = aging;
	}

	@Override
	public Set<String> reports() {
		return Set.of("allocations", "exceptions", "balances", "settlements", "advices", "aging");
	}

	@Override
	public void write(String report, Path file) {
		if (report.equals("aging")) {
			writeAging(file);
			return;
		}
		PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
		this.export.run(List.of(report, "--out", file.toString()), discard, discard);
	}

	private void writeAging(Path file) {
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				CsvWriter csv = new CsvWriter(writer);
				csv.row(AGING_COLUMNS);
				this.aging.forEach((row) -> csv.row(Arrays.asList(row.customerId(), row.customerName(), row.currency(),
						row.asOf(), row.notDue(), row.overdue1To30(), row.overdue31To60(), row.overdue61To90(),
						row.overdueOver90(), row.overdue91To120(), row.overdueOver120())));
				csv.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
