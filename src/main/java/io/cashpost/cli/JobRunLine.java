package io.cashpost.cli;

import java.io.PrintStream;

import io.cashpost.job.JobRun;

/** The one line {@code run} and {@code restart} print, and their exit code. */
final class JobRunLine {

	private JobRunLine() {
	}

	/**
	 * {@code nightlyJob (execution 42): COMPLETED - ...} on stdout when it succeeded,
	 * else on stderr.
	 */
	static int print(JobRun run, PrintStream out, PrintStream err) {
		String line = run.job() + ((run.executionId() != null) ? " (execution " + run.executionId() + ")" : "") + ": "
				+ run.status() + " - " + run.summary();
		if (run.succeeded()) {
			out.println(line);
			return CashpostCommandLine.OK;
		}
		err.println("cashpost: " + line);
		return CashpostCommandLine.FAILED;
	}

}
