package io.cashpost.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.cashpost.intake.FileRecord;
import io.cashpost.intake.ReceivedFiles;
import io.cashpost.remittance.AdviceFiles;
import io.cashpost.remittance.AdviceSummary;
import io.cashpost.remittance.RemittanceAdvices;

import org.springframework.stereotype.Component;

/**
 * {@code files [--status STATUS] [--limit N] [--warnings]}: every file delivered, newest
 * first, with where it came from, its status ({@code ingested}, {@code quarantined},
 * {@code refused}, {@code received}), why it was quarantined or refused, and what the
 * reader forgave in it: the number of warnings and the first, or with {@code --warnings}
 * every warning on a line of its own below the file. A remittance advice file shows what
 * became of its advices: linked, waiting (ambiguous), expired.
 */
@Component
class FilesCommand implements Command {

	private static final List<String> STATUSES = List.of("received", "ingested", "quarantined", "refused");

	private static final String ROW = "%-7s %-19s %-16s %-11s %-16s %s%n";

	private final ReceivedFiles files;

	private final RemittanceAdvices advices;

	private final DateTimeFormatter time;

	FilesCommand(ReceivedFiles files, RemittanceAdvices advices, Clock clock) {
		this.files = files;
		this.advices = advices;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
	}

	@Override
	public String name() {
		return "files";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String status = Options.value(args, "--status");
		int limit = Options.limit(args, "--limit", 50);
		List<String> words = Options.words(args, List.of("--status", "--limit"));
		boolean allWarnings = words.contains("--warnings");
		if (words.size() > (allWarnings ? 1 : 0) || (status != null && !STATUSES.contains(status))) {
			throw new UsageException(
					"usage: files [--status " + String.join("|", STATUSES) + "] [--limit N] [--warnings]");
		}
		out.printf(ROW, "file", "received", "source", "status", "format", "name - reason [warnings]");
		List<FileRecord> recent = this.files.recent(status, limit);
		Map<Long, AdviceSummary> adviceFiles = this.advices.summaries(recent.stream()
			.filter((file) -> AdviceFiles.FORMAT.equals(file.format()))
			.map(FileRecord::fileId)
			.toList());
		for (FileRecord file : recent) {
			out.printf(ROW, file.fileId(), this.time.format(file.receivedAt()), file.source(), file.status(),
					(file.format() != null) ? file.format() : "-",
					file.fileName() + ((file.reason() != null) ? " - " + file.reason() : "")
							+ ((file.confirmed() > 0)
									? " (" + file.confirmed() + " entries confirmed against earlier reports)" : "")
							+ advices(adviceFiles.get(file.fileId())) + warnings(file, allWarnings));
			if (allWarnings) {
				file.warnings().forEach((warning) -> out.println("        warning: " + warning));
			}
		}
		return CashpostCommandLine.OK;
	}

	/** {@code  - 2 advices (5 lines): 1 linked, 1 waiting}, or nothing. */
	private static String advices(AdviceSummary summary) {
		return (summary != null) ? " - " + summary.describe() : "";
	}

	/** {@code  [2 warnings, first: entry 3 (line 42): ...]}, or nothing. */
	private static String warnings(FileRecord file, boolean listedBelow) {
		int count = file.warnings().size();
		if (count == 0) {
			return "";
		}
		String counted = count + ((count == 1) ? " warning" : " warnings");
		return listedBelow ? " [" + counted + "]" : " [" + counted + ", first: " + file.warnings().get(0) + "]";
	}

}
