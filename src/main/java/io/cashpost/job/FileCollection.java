package io.cashpost.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.intake.FileSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Service;

/**
 * Takes what the sources have delivered through the pipeline: every complete file is
 * registered, read and staged, or quarantined, or refused as a duplicate, then released
 * from its source; matching runs once for the lot.
 */
@Service
public class FileCollection {

	private static final Log logger = LogFactory.getLog(FileCollection.class);

	private final StatementPipeline pipeline;

	FileCollection(StatementPipeline pipeline) {
		this.pipeline = pipeline;
	}

	/**
	 * Collects from the sources, ingests each file, then matches and posts.
	 * @return what became of each file
	 */
	public Collected collectAndPost(List<FileSource> sources) {
		Collected staged = collect(sources);
		if (staged.files().stream().noneMatch(FileOutcome::processed)) {
			return staged;
		}
		this.pipeline.matchAndPost();
		return new Collected(staged.files().stream().map(this.pipeline::report).toList(), staged.failures());
	}

	/**
	 * Collects from the sources and ingests each file, without matching. A source that
	 * fails (a server that cannot be reached) is logged and the others go on.
	 * @return what became of each file, and the sources that failed
	 */
	public Collected collect(List<FileSource> sources) {
		List<FileOutcome> outcomes = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (FileSource source : sources) {
			try {
				outcomes.addAll(collect(source));
			}
			catch (RuntimeException ex) {
				String failure = source.name() + ": cannot collect: " + JobFailedException.describe(ex);
				logger.error(failure);
				failures.add(failure);
			}
		}
		return new Collected(outcomes, failures);
	}

	/** One source at a time: a poller and a nightly run never take the same file. */
	private List<FileOutcome> collect(FileSource source) {
		synchronized (source) {
			List<FileOutcome> outcomes = new ArrayList<>();
			for (Path file : source.collect()) {
				FileOutcome outcome = this.pipeline.stage(file, source.name());
				source.release(file);
				log(source, outcome);
				outcomes.add(outcome);
			}
			return outcomes;
		}
	}

	private static void log(FileSource source, FileOutcome outcome) {
		if (outcome.processed()) {
			logger.info(source.name() + ": " + outcome.fileName() + (outcome.resumed() ? " resumed (" : " ingested (")
					+ outcome.format() + ")");
		}
		else {
			logger.warn(source.name() + ": " + outcome.summaryLine());
		}
	}

}
