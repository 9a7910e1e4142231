package io.cashpost.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cashpost.benchmark.CashpostProcess.Figures;
import io.cashpost.benchmark.JobSteps.Step;

/**
 * Prints the benchmark's figures: per size as it finishes, then all sizes in one table.
 */
final class Report {

	private static final String NA = "n/a";

	private final PrintStream out;

	Report(PrintStream out) {
		this.out = out;
	}

	/**
	 * Everything measured for one size.
	 *
	 * @param payments payments on the statement (= open invoices)
	 * @param customers customers owning the invoices
	 * @param statementBytes the camt.053 file's size
	 * @param importRun the {@code import-invoices} process
	 * @param importSteps the steps of its {@code importInvoicesJob}
	 * @param ingestRun the {@code ingest} process, or {@code null} when the import failed
	 * @param stages where the ingest's time went, or {@code null}
	 * @param floor the floor on the same server, or {@code null}
	 * @param databaseSize the database's size after the ingest
	 * @param workers worker JVMs beside the {@code ingest} (the manager); 0: partitions
	 * ran as its threads
	 * @param workerRuns the worker processes, start to stop
	 */
	record SizeResult(int payments, int customers, long statementBytes, Figures importRun, List<Step> importSteps,
			Figures ingestRun, IngestStages stages, Floor.Figures floor, String databaseSize, int workers,
			List<Figures> workerRuns) {

		/** JVM CPU of every worker, or -1 when not measured. */
		long workersCpuNanos() {
			return this.workerRuns.stream().mapToLong(Figures::cpuNanos).anyMatch((cpu) -> cpu < 0) ? -1
					: this.workerRuns.stream().mapToLong(Figures::cpuNanos).sum();
		}

		boolean completed() {
			return this.ingestRun != null && this.ingestRun.succeeded();
		}

		/** CPU of the ingest (JVM and server) over the floor's (thread and server). */
		Optional<Double> cpuRatio() {
			if (this.ingestRun == null || this.floor == null || this.floor.totalCpuNanos() <= 0
					|| this.ingestRun.cpuNanos() < 0 || this.ingestRun.serverCpuNanos() < 0) {
				return Optional.empty();
			}
			return Optional.of((double) (this.ingestRun.cpuNanos() + this.ingestRun.serverCpuNanos())
					/ this.floor.totalCpuNanos());
		}

		/** The ingest process's wall time over the floor's. */
		Optional<Double> ratio() {
			return (this.ingestRun == null || this.floor == null) ? Optional.empty()
					: Optional.of((double) this.ingestRun.wallNanos() / this.floor.floorNanos());
		}

	}

	void size(SizeResult result) {
		int n = result.payments();
		if (!result.importSteps().isEmpty()) {
			StringBuilder steps = new StringBuilder("  import-invoices steps:");
			result.importSteps()
				.forEach((step) -> steps.append(' ')
					.append(step.name())
					.append(' ')
					.append(seconds(Optional.ofNullable(step.duration()))));
			this.out.println(steps);
		}
		this.out.println();
		Figures ingest = result.ingestRun();
		if (ingest != null) {
			ingest.output().forEach((line) -> this.out.println("  cashpost ingest: " + line));
		}
		IngestStages stages = result.stages();
		if (stages != null) {
			this.out.printf("  %-48s %10s %14s   %s%n", "stage", "wall", "payments/s", "measured as");
			stage("parse + stage", stages.parseAndStage(), n, "stageTransactionsStep, start to end");
			stage("lock + index of open invoices", stages.beforeMatching(), n,
					"matchAndPostJob start to matchAndPostStep start");
			stage("route", stages.once("routeMillis"), n,
					"cashpost.routeMillis; partitioning phase " + seconds(stages.partitioning()));
			stage("match", stages.summed("matchMillis"), n, "cashpost.matchMillis, summed over the matching steps");
			stage("post", stages.summed("postMillis"), n, "cashpost.postMillis, summed over the matching steps");
			stage("exceptions", stages.summed("exceptionMillis", "exceptionsMillis"), n,
					"cashpost.exceptionMillis, summed over the matching steps");
			stage("matchAndPostStep (route, match, post in partitions)", stages.matchAndPostStep(), n,
					partitionSummary(stages.firstRound()));
			stage("matchHandedOverStep (handed to the owner)", stages.handedOverStep(), n,
					partitionSummary(stages.secondRound()));
			stage("matchRemainderStep (what partitions left)", stages.remainderStep(), n,
					stages.remainder().map((step) -> step.reads() + " read").orElse(""));
			stage("jobs, first start to last end", stages.jobs(), n, "");
			stage("before the jobs", stages.beforeJobs(), 0, "JVM, Spring, Flyway, file hashed and archived");
			stage("after the jobs", stages.afterJobs(), 0, "file report, shutdown");
		}
		if (ingest != null) {
			stage("total: ingest process", Optional.of(Duration.ofNanos(ingest.wallNanos())), n,
					"new JVM start to exit; " + micros(ingest.wallNanos(), n) + " per payment");
		}
		if (result.floor() != null) {
			Floor.Figures floor = result.floor();
			stage("floor: bare StAX pass", Optional.of(Duration.ofNanos(floor.staxNanos())), n, "");
			stage("floor: StAX pass + COPY, one row per entry", Optional.of(Duration.ofNanos(floor.floorNanos())), n,
					floor.entries() + " rows into a plain table, same server; CPU " + seconds(floor.floorCpuNanos())
							+ " + server " + seconds(floor.serverCpuNanos()));
		}
		result.ratio()
			.ifPresent((ratio) -> this.out.printf(Locale.ROOT, "  %-48s %10.1f%n", "ratio total / floor", ratio));
		result.cpuRatio()
			.ifPresent((ratio) -> this.out.printf(Locale.ROOT, "  %-48s %10.1f   %s%n", "CPU ratio", ratio,
					"(ingest JVM + server) " + seconds(ingest.cpuNanos() + ingest.serverCpuNanos())
							+ " / (floor thread + server) " + seconds(result.floor().totalCpuNanos())
							+ ": what a loaded machine does not change"));
		processes(result);
		this.out.println("  database after ingest: " + result.databaseSize());
	}

	void summary(List<SizeResult> results, String database) {
		this.out.println();
		this.out.println("Summary (" + database + "):");
		this.out.println();
		this.out.println("| payments | open invoices | ingest, wall | per payment | payments/s | floor | total / floor "
				+ "| ingest heap peak | ingest CPU | server CPU | CPU ratio | load | database | workers | workers' CPU |");
		this.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
		for (SizeResult result : results) {
			Figures ingest = result.ingestRun();
			boolean ran = ingest != null;
			this.out.printf(Locale.ROOT,
					"| %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %s |%n",
					result.payments(), result.payments(),
					ran ? seconds(ingest.wallNanos()) + (result.completed() ? "" : " (failed)") : "did not run",
					ran ? micros(ingest.wallNanos(), result.payments()) : NA,
					ran ? String.format(Locale.ROOT, "%,.0f", result.payments() * 1e9 / ingest.wallNanos()) : NA,
					(result.floor() != null) ? seconds(result.floor().floorNanos()) : NA,
					result.ratio().map((ratio) -> String.format(Locale.ROOT, "%.1f", ratio)).orElse(NA),
					ran ? megabytes(ingest.heap().peakBytes()) : NA, ran ? seconds(ingest.cpuNanos()) : NA,
					ran ? seconds(ingest.serverCpuNanos()) : NA,
					result.cpuRatio().map((ratio) -> String.format(Locale.ROOT, "%.1f", ratio)).orElse(NA),
					ran ? String.format(Locale.ROOT, "%.1f", ingest.loadAverage()) : NA, result.databaseSize(),
					result.workers(), (result.workers() > 0) ? seconds(result.workersCpuNanos()) : NA);
		}
	}

	private void processes(SizeResult result) {
		this.out.printf("  %-24s %10s %10s %10s %10s %12s %10s %6s   %s%n", "process", "wall", "JVM CPU", "server CPU",
				"heap peak", "after GC max", "RSS peak", "load", "GC log");
		process(result.importRun(), result.payments(), "invoices");
		if (result.ingestRun() != null) {
			process(result.ingestRun(), result.payments(), "payments");
		}
		// a worker runs from before the manager until stopped after it: its wall time is
		// not the run's; its CPU is what it spent on the run's partitions
		result.workerRuns().forEach((worker) -> process(worker, 0, ""));
	}

	/** One process's line; no rate when {@code items} is 0. */
	private void process(Figures figures, int items, String what) {
		GcLog heap = figures.heap();
		// 143: stopped by SIGTERM, as a worker is
		boolean ended = figures.succeeded() || (figures.exitCode() == 143 && figures.name().startsWith("worker"));
		this.out.printf(Locale.ROOT, "  %-24s %10s %10s %10s %10s %12s %10s %6.1f   %d collections, %s committed%s%n",
				figures.name() + (ended ? "" : " (exit " + figures.exitCode() + ")"), seconds(figures.wallNanos()),
				seconds(figures.cpuNanos()), seconds(figures.serverCpuNanos()), megabytes(heap.peakBytes()),
				megabytes(heap.maxAfterGcBytes()), megabytes(figures.peakRssBytes()), figures.loadAverage(),
				heap.collections(), megabytes(heap.committedBytes()),
				(items > 0) ? String.format(Locale.ROOT, "; %,.0f %s/s", items * 1e9 / figures.wallNanos(), what) : "");
	}

	/** A line without a rate when {@code payments} is 0. */
	private void stage(String name, Optional<Duration> duration, int payments, String how) {
		String wall = duration.map((value) -> seconds(value.toNanos())).orElse(NA);
		String rate = duration.filter((value) -> !value.isZero() && payments > 0)
			.map((value) -> String.format(Locale.ROOT, "%,.0f", payments * 1e9 / value.toNanos()))
			.orElse("");
		this.out.printf(Locale.ROOT, "  %-48s %10s %14s   %s%n", name, wall, rate, how);
	}

	private static String partitionSummary(List<Step> partitions) {
		StringBuilder summary = new StringBuilder().append(partitions.size()).append(" partitions:");
		for (Step partition : partitions) {
			summary.append(' ')
				.append(seconds(Optional.ofNullable(partition.duration())))
				.append(" (")
				.append(partition.reads())
				.append(" read, ")
				.append(partition.filtered())
				.append(" left)");
		}
		return summary.toString();
	}

	static String seconds(Optional<Duration> duration) {
		return duration.map((value) -> seconds(value.toNanos())).orElse(NA);
	}

	static String seconds(long nanos) {
		return (nanos < 0) ? NA : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
	}

	static String micros(long nanos, int items) {
		return String.format(Locale.ROOT, "%,.0f µs", nanos / 1e3 / items);
	}

	static String megabytes(long bytes) {
		return (bytes < 0) ? NA : String.format(Locale.ROOT, "%,d MB", bytes >> 20);
	}

}
