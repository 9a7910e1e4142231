package io.cashpost.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.cashpost.job.JobExecutionRecord;
import io.cashpost.job.JobHistory;
import io.cashpost.worker.PartitionPlacements;
import io.cashpost.worker.PartitionRun;

import org.springframework.stereotype.Component;

/**
 * {@code jobs [JOB] [--limit N]}: recent job executions, newest first, with status,
 * counts and duration; the execution id is what {@code restart} takes. Below an execution
 * with partitions, one indented line per partition names who ran it (a worker, or the
 * manager: the job's own JVM), grouped by runner.
 */
@Component
class JobsCommand implements Command {

	private static final String ROW = "%-9s %-20s %-10s %-19s %9s %9s %9s %9s  %s%n";

	private static final String PARTITION_ROW = "%9s %-20s %-10s %-29s %9s %9s %9s  %s%n";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final JobHistory history;

	private final PartitionPlacements placements;

	JobsCommand(JobHistory history, PartitionPlacements placements) {
		this.history = history;
		this.placements = placements;
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
		List<JobExecutionRecord> runs = this.history.recent(words.isEmpty() ? null : words.get(0), limit);
		Map<Long, List<PartitionRun>> partitions = this.placements
			.partitionsOf(runs.stream().map(JobExecutionRecord::executionId).toList());
		for (JobExecutionRecord run : runs) {
			out.printf(ROW, run.executionId(), run.job(), run.status(),
					(run.started() != null) ? TIME.format(run.started()) : "-", duration(run.duration()), run.read(),
					run.written(), run.filtered(), run.exitMessage().isEmpty() ? run.parameters() : run.exitMessage());
			for (PartitionRun partition : partitions.getOrDefault(run.executionId(), List.of())) {
				out.printf(PARTITION_ROW, "", partition.partition(), partition.status(), partition.runner(),
						partition.read(), partition.written(), partition.filtered(), partition.exitDescription());
			}
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
