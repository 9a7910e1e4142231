package io.cashpost.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;

import org.springframework.stereotype.Component;

/**
 * {@code ingest FILE...}: each file registered, read, matched and posted; one summary
 * line per file on stdout, one line per refused or quarantined file on stderr. Exit 0
 * only when every file was processed. A file whose earlier run was cut off is finished
 * and counts as processed: its line ends in {@code , resumed}.
 */
@Component
class IngestCommand implements Command {

	private final StatementPipeline pipeline;

	IngestCommand(StatementPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Override
	public String name() {
		return "ingest";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty()) {
			throw new UsageException("usage: ingest FILE...");
		}
		boolean allProcessed = true;
		for (String arg : args) {
			Path file = Path.of(arg);
			if (!Files.isRegularFile(file)) {
				err.println("cashpost ingest: " + arg + ": no such file");
				allProcessed = false;
				continue;
			}
			FileOutcome outcome = this.pipeline.ingest(file);
			if (outcome.processed()) {
				out.println(outcome.summaryLine());
			}
			else {
				err.println("cashpost ingest: " + outcome.summaryLine());
				allProcessed = false;
			}
		}
		return allProcessed ? CashpostCommandLine.OK : CashpostCommandLine.FAILED;
	}

}
