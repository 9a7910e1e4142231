package io.cashpost.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.intake.DuplicateFileException;
import io.cashpost.intake.ReceivedFile;
import io.cashpost.intake.StatementIntake;
import io.cashpost.remittance.AdviceFiles;
import io.cashpost.remittance.AdviceSummary;
import io.cashpost.remittance.RemittanceAdvices;
import io.cashpost.settlement.SettlementFiles;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.SettlementStaging;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementReadException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * A bank file from arrival to posted cash: register it, stage its transactions
 * ({@code ingestStatementJob}, or {@code ingestSettlementJob} for a card or PSP
 * settlement report), then match and post ({@code matchAndPostJob}). A file that cannot
 * be read or does not add up is quarantined and nothing of it is posted.
 */
@Service
public class StatementPipeline {

	private final StatementIntake intake;

	private final JobOperator jobs;

	private final Job ingestStatementJob;

	private final Job matchAndPostJob;

	private final FileReport report;

	private final ExclusiveRuns exclusiveRuns;

	private final Settlements settlements;

	private final RemittanceAdvices advices;

	StatementPipeline(StatementIntake intake, JobOperator jobs, @Qualifier("ingestStatementJob") Job ingestStatementJob,
			@Qualifier("matchAndPostJob") Job matchAndPostJob, FileReport report, ExclusiveRuns exclusiveRuns,
			Settlements settlements, RemittanceAdvices advices) {
		this.intake = intake;
		this.jobs = jobs;
		this.ingestStatementJob = ingestStatementJob;
		this.matchAndPostJob = matchAndPostJob;
		this.report = report;
		this.exclusiveRuns = exclusiveRuns;
		this.settlements = settlements;
		this.advices = advices;
	}

	/**
	 * Ingests the file, then matches and posts everything ingested and not yet decided.
	 */
	public FileOutcome ingest(Path file) {
		return ingest(file, "cli");
	}

	/**
	 * Ingests the file, then matches and posts everything ingested and not yet decided.
	 * @param file the file
	 * @param source where it came from: {@code cli}, {@code inbox}, {@code upload},
	 * {@code sftp:NAME}
	 * @return what became of it
	 */
	public FileOutcome ingest(Path file, String source) {
		FileOutcome staged = stage(file, source);
		if (!staged.processed()) {
			if (staged.status().equals("refused")) {
				// This file is done, but another file's run may have been cut off
				// while matching: finish it.
				matchAndPost();
			}
			return staged;
		}
		matchAndPost();
		return report(staged);
	}

	/**
	 * Registers the file, reads it and stages its transactions for matching
	 * ({@code ingestStatementJob}), or quarantines it; does not match. A duplicate is
	 * refused and the refusal recorded; the same bytes whose earlier run was cut off are
	 * taken up where it stopped ({@link FileOutcome#resumed()}).
	 * @return {@code ingested} (no counts yet: see {@link #report}), {@code quarantined}
	 * or {@code refused}
	 */
	public FileOutcome stage(Path file, String source) {
		String name = file.getFileName().toString();
		ReceivedFile received;
		try {
			received = this.intake.receive(file, source);
		}
		catch (DuplicateFileException ex) {
			this.intake.refused(ex, source);
			return FileOutcome.refused(name, ex.earlierFileId(), "refused", ex.getMessage());
		}
		if (received.resumption() == ReceivedFile.Resumption.MATCHING) {
			return staged(name, received.fileId(), received.format(), true);
		}
		StatementFormat format;
		try {
			format = stageByKind(received, name);
		}
		catch (StatementReadException ex) {
			this.settlements.staging().discard(received.fileId());
			// the reader names the archived copy: tell the user the name they gave
			String reason = ex.getMessage()
				.replace(received.archived().toString(), name)
				.replace(received.archived().getFileName().toString(), name);
			this.intake.quarantine(received, reason);
			return FileOutcome.refused(name, received.fileId(), "quarantined", reason);
		}
		this.intake.markIngested(received.fileId(), format);
		return staged(name, received.fileId(), format.version(), received.resumed());
	}

	/** What matching and posting did with a staged file's transactions. */
	public FileOutcome report(FileOutcome staged) {
		if (!staged.processed()) {
			return staged;
		}
		FileOutcome outcome = AdviceFiles.FORMAT.equals(staged.format()) ? adviceOutcome(staged)
				: this.report.of(staged.fileId(), staged.fileName(), staged.format());
		return staged.resumed() ? outcome.asResumed() : outcome;
	}

	/**
	 * Matches and posts every staged transaction of ingested files that is still
	 * undecided.
	 */
	public void matchAndPost() {
		// Each run is a new instance: one a dead process left STARTED blocks nothing
		// (MatchingLock died with it), and `restart --recover` tidies it.
		JobExecution execution = this.jobs.startNextInstance(this.matchAndPostJob);
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new JobFailedException(MatchAndPostJobConfiguration.JOB_NAME, execution);
		}
	}

	/**
	 * Stages the file by what it is: remittance advices and settlement reports are told
	 * by their content first, the rest is for the statement readers.
	 */
	private StatementFormat stageByKind(ReceivedFile received, String name) {
		if (AdviceFiles.isAdvice(received.archived())) {
			this.advices.receive(received.fileId(), received.archived(), name);
			return new StatementFormat("remittance", AdviceFiles.FORMAT);
		}
		Optional<SettlementFormat> settlement = this.settlements.files().detect(received.archived(), name);
		if (settlement.isPresent()) {
			stage(received, this.settlements.job(), IngestSettlementJobConfiguration.JOB_NAME);
			return new StatementFormat(settlement.get().acquirer(), settlement.get().id());
		}
		StatementFormat format = StatementFiles.detect(received.archived());
		stage(received, this.ingestStatementJob, IngestStatementJobConfiguration.JOB_NAME);
		return format;
	}

	/** An advice file posts nothing itself: its outcome is what became of its advices. */
	private FileOutcome adviceOutcome(FileOutcome staged) {
		AdviceSummary summary = this.advices.summaries(List.of(staged.fileId())).get(staged.fileId());
		return staged.withDetail((summary != null) ? summary.describe() : "0 advices");
	}

	private static FileOutcome staged(String name, long fileId, String format, boolean resumed) {
		return new FileOutcome(name, fileId, "ingested", null, format, 0, 0, 0, Map.of(), 0, Map.of(), 0, 0, 0,
				resumed);
	}

	private void stage(ReceivedFile received, Job job, String jobName) {
		JobParameters parameters = new JobParametersBuilder().addLong("fileId", received.fileId())
			.addString("sha256", received.sha256())
			.addString("file", received.archived().toString(), false)
			.addString("fileName", received.fileName(), false)
			.toJobParameters();
		JobExecution execution = this.exclusiveRuns.run(jobName, received.fileId(),
				(running) -> Long.valueOf(received.fileId()).equals(running.getJobParameters().getLong("fileId")),
				() -> start(job, jobName, parameters));
		if (execution == null) {
			return;
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable failure = execution.getAllFailureExceptions()
				.stream()
				.findFirst()
				.orElse(new IllegalStateException("ended " + execution.getStatus()));
			if (failure instanceof StatementReadException readFailure) {
				throw readFailure;
			}
			throw new StatementReadException(received.fileName(), null, JobFailedException.describe(failure), failure);
		}
	}

	/** Starts or restarts the file's staging; {@code null} when it completed before. */
	private JobExecution start(Job job, String jobName, JobParameters parameters) {
		try {
			return this.jobs.start(job, parameters);
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return null;
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot start " + jobName + ": " + ex, ex);
		}
	}

}
