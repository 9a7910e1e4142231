package io.cashpost.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.job.JobRuns;
import io.cashpost.job.JobUsageException;

import org.springframework.stereotype.Component;

/**
 * {@code restart [--recover] EXECUTION_ID}: restarts a failed or stopped job execution
 * where it stopped; what it had committed stays, nothing is posted twice.
 * {@code --recover} first marks an execution whose process died (still recorded as
 * running) as failed. Exit codes as {@code run}.
 */
@Component
class RestartCommand implements Command {

	private final JobRuns runs;

	RestartCommand(JobRuns runs) {
		this.runs = runs;
	}

	@Override
	public String name() {
		return "restart";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		List<String> rest = new ArrayList<>(args);
		boolean recover = rest.remove("--recover");
		if (rest.size() != 1 || !rest.get(0).matches("\\d{1,18}")) {
			throw new UsageException("usage: restart [--recover] EXECUTION_ID (see: cashpost jobs)");
		}
		try {
			return JobRunLine.print(this.runs.restart(Long.parseLong(rest.get(0)), recover), out, err);
		}
		catch (JobUsageException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

}
