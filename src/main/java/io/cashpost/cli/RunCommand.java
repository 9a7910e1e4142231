package io.cashpost.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.JobUsageException;

import org.springframework.stereotype.Component;

/**
 * {@code run JOB [name=value...]}: runs a job definition of {@code jobs/} or a job by its
 * name, to its end. Exit 0 when it completed (or had completed before for the same
 * parameters), 1 when it failed, 2 on bad usage. For cron and other schedulers.
 */
@Component
class RunCommand implements Command {

	private final JobRuns runs;

	RunCommand(JobRuns runs) {
		this.runs = runs;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("usage: run JOB [name=value...]");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String arg : args.subList(1, args.size())) {
			int equals = arg.indexOf('=');
			if (equals <= 0) {
				throw new UsageException("expected name=value, got '" + arg + "'");
			}
			parameters.put(arg.substring(0, equals), arg.substring(equals + 1));
		}
		JobRun run;
		try {
			run = this.runs.run(args.get(0), parameters);
		}
		catch (JobUsageException ex) {
			throw new UsageException(ex.getMessage());
		}
		return JobRunLine.print(run, out, err);
	}

}
