package io.cashpost.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.cashpost.job.JobExecutionRecord;
import io.cashpost.job.JobHistory;

import org.springframework.stereotype.Component;

/**
 * {@code jobs [JOB] [--limit N]}: recent job executions, newest first, with status,
 * counts and duration; the execution id is what {@code restart} takes.
 */
@Component
class JobsCommand implements Command {

	private static final String ROW = "%-9s %-20s %-10s %-19s %9s %9s %9s %9s  %s%n";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobHistory history;

	JobsCommand(JobHistory history) {
		this.history = history;
	}

	@Override
	public String name() {
		return "jobs";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		int limit = Options.limit(args, "--limit", 20);
		List<String> words = Options.words(args, List.of("--limit"));
		if (words.size() > 1) {
			throw new UsageException("usage: jobs [JOB] [--limit N]");
		}
		out.printf(ROW, "execution", "job", "status", "started", "duration", "read", "written", "filtered",
				"parameters / failure");
		for (JobExecutionRecord run : this.history.recent(words.isEmpty() ? null : words.get(0), limit)) {
			out.printf(ROW, run.executionId(), run.job(), run.status(),
					(run.started() != null) ? TIME.format(run.started()) : "-", duration(run.duration()), run.read(),
					run.written(), run.filtered(), run.exitMessage().isEmpty() ? run.parameters() : run.exitMessage());
		}
		return CashpostCommandLine.OK;
	}

	private static String duration(Duration duration) {
		if (duration == null) {
			return "-";
		}
		long seconds = duration.toSeconds();
		return (seconds < 60) ? duration.toMillis() / 100 / 10.0 + "s" : (seconds < 3600)
				? seconds / 60 + "m" + seconds % 60 + "s" : seconds / 3600 + "h" + seconds / 60 % 60 + "m";
	}

}
