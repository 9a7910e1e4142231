package io.cashpost.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.cashpost.intake.FileRecord;
import io.cashpost.intake.ReceivedFiles;

import org.springframework.stereotype.Component;

/**
 * {@code files [--status STATUS] [--limit N]}: every file delivered, newest first, with
 * where it came from, its status ({@code ingested}, {@code quarantined}, {@code refused},
 * {@code received}) and why it was quarantined or refused.
 */
@Component
class FilesCommand implements Command {

	private static final List<String> STATUSES = List.of("received", "ingested", "quarantined", "refused");

	private static final String ROW = "%-7s %-19s %-16s %-11s %-16s %s%n";

	private final ReceivedFiles files;

	private final DateTimeFormatter time;

	FilesCommand(ReceivedFiles files, Clock clock) {
		this.files = files;
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
		if (!Options.words(args, List.of("--status", "--limit")).isEmpty()
				|| (status != null && !STATUSES.contains(status))) {
			throw new UsageException("usage: files [--status " + String.join("|", STATUSES) + "] [--limit N]");
		}
		out.printf(ROW, "file", "received", "source", "status", "format", "name - reason");
		for (FileRecord file : this.files.recent(status, limit)) {
			out.printf(ROW, file.fileId(), this.time.format(file.receivedAt()), file.source(), file.status(),
					(file.format() != null) ? file.format() : "-",
					file.fileName() + ((file.reason() != null) ? " - " + file.reason() : "") + ((file.confirmed() > 0)
							? " (" + file.confirmed() + " entries confirmed against earlier reports)" : ""));
		}
		return CashpostCommandLine.OK;
	}

}
