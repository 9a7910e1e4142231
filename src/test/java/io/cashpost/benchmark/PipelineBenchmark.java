package io.cashpost.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ch.qos.logback.classic.Level;
import io.cashpost.benchmark.CashpostProcess.Figures;
import org.slf4j.LoggerFactory;

/**
 * The end-to-end benchmark of the performance issue: for each size N, N open invoices (20
 * to 60 per customer) and a camt.053 of N payments in a realistic mix
 * ({@link PipelineScenario}), imported and ingested by {@code target/cashpost.jar} in new
 * JVMs exactly as a user runs it, on a fresh database each size (the embedded PostgreSQL,
 * or a server given with {@code --external}); then the floor on the same server and file
 * ({@link Floor}). Prints per stage wall time and payments per second from the Spring
 * Batch job repository, and per process wall time, CPU, heap and memory.
 * <p>
 * Needs the jar: {@code ./mvnw -q -B package -DskipTests}, then
 * {@code ./mvnw -Pbenchmark -Dbenchmark.class=io.cashpost.benchmark.PipelineBenchmark
 * -Dbenchmark.args="10000,100000,1000000"}. See the README, "Benchmarks".
 */
public final class PipelineBenchmark {

	private static final String IMPORT_JOB = "importInvoicesJob";

	private PipelineBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		if (!checkJar(options.jar())) {
			System.exit(1);
			return;
		}
		// the embedded server the benchmark starts after each run to read it: quiet
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
		if (!Procfs.available()) {
			System.out.println("no /proc here: CPU and resident memory are not measured");
		}
		System.out.printf(Locale.ROOT,
				"Cashpost pipeline benchmark: %s payments, seed %d, Cashpost processes with -Xmx%s, %s; "
						+ "%d cores, load average %.1f%n",
				options.sizes(), options.seed(), options.heap(),
				(options.external() != null) ? "external PostgreSQL" : "embedded PostgreSQL",
				Runtime.getRuntime().availableProcessors(), Procfs.loadAverage());
		Report report = new Report(System.out);
		List<Report.SizeResult> results = new ArrayList<>();
		List<Integer> workerCounts = options.workers().isEmpty() ? List.of(0) : options.workers();
		for (int size : options.sizes()) {
			for (int workers : workerCounts) {
				Report.SizeResult result = run(size, workers, options);
				report.size(result);
				results.add(result);
			}
		}
		report.summary(results, (options.external() != null) ? "external PostgreSQL" : "embedded PostgreSQL");
	}

	private static Report.SizeResult run(int size, int workers, BenchmarkOptions options) throws Exception {
		Path dir = options.dir().resolve(size + ((workers > 0) ? "-workers-" + workers : "")).toAbsolutePath();
		EmbeddedTarget.deleteRecursively(dir);
		Files.createDirectories(dir);
		PipelineScenario scenario = new PipelineScenario(size, options.seed());
		long started = System.nanoTime();
		Path invoices = scenario.writeInvoices(dir.resolve("invoices.csv"));
		Path statement = scenario.writeStatement(dir.resolve("statement-" + size + ".camt053.xml"));
		System.out.println();
		System.out.printf(Locale.ROOT,
				"== N = %,d%s: %,d open invoices of %,d customers, %,d payments; invoices.csv %s, camt.053 %s "
						+ "(generated in %s)%n",
				size, (workers > 0) ? ", " + workers + " worker JVMs" : "", size, scenario.customers(), size,
				Report.megabytes(Files.size(invoices)), Report.megabytes(Files.size(statement)),
				Report.seconds(System.nanoTime() - started));
		try (DatabaseTarget target = target(size, workers, dir, options)) {
			System.out.println("   on " + target.description());
			Figures imported = new CashpostProcess("import-invoices", dir, options)
				.arguments(List.of("import-invoices", invoices.toString()))
				.arguments(target.firstRunOptions())
				.run(target);
			imported.output().forEach((line) -> System.out.println("  cashpost import-invoices: " + line));
			if (!imported.succeeded()) {
				failed(imported);
				return new Report.SizeResult(size, scenario.customers(), Files.size(statement), imported, List.of(),
						null, null, null, "n/a", workers, List.of());
			}
			WorkerJvms workerJvms = WorkerJvms.start(workers, dir, options, target);
			LocalDateTime ingestStart = LocalDateTime.now();
			Figures ingested = new CashpostProcess("ingest", dir, options)
				.arguments(List.of("ingest", statement.toString()))
				.arguments(target.nextRunOptions())
				.arguments(workerJvms.managerOptions())
				.run(target);
			LocalDateTime ingestEnd = LocalDateTime.now();
			List<Figures> workerRuns = workerJvms.stop();
			if (!ingested.succeeded()) {
				failed(ingested);
			}
			try (Connection connection = target.connect()) {
				List<JobSteps.Step> steps = JobSteps.read(connection, IMPORT_JOB, IngestStages.STAGING_JOB,
						IngestStages.MATCHING_JOB);
				IngestStages stages = new IngestStages(steps, ingestStart, ingestEnd);
				String databaseSize = target.sizeReport(connection);
				Floor.Figures floor = Floor.measure(statement, connection, target.serverCpu());
				return new Report.SizeResult(size, scenario.customers(), Files.size(statement), imported,
						steps.stream().filter((step) -> step.job().equals(IMPORT_JOB)).toList(), ingested, stages,
						floor, databaseSize, workers, workerRuns);
			}
		}
		finally {
			if (!options.keep()) {
				EmbeddedTarget.deleteRecursively(dir);
			}
		}
	}

	/**
	 * A fresh database for the size. With workers, the embedded server is the benchmark's
	 * own, for the manager and the workers to share.
	 */
	private static DatabaseTarget target(int size, int workers, Path dir, BenchmarkOptions options)
			throws java.sql.SQLException {
		if (options.external() != null) {
			return new ExternalTarget(options.external(), size, options.keep());
		}
		return (workers > 0) ? new ServedEmbeddedTarget(dir.resolve("pg"), options.keep())
				: new EmbeddedTarget(dir.resolve("pg"), options.keep());
	}

	private static void failed(Figures figures) throws java.io.IOException {
		List<String> log = Files.readAllLines(figures.log());
		System.out.println(
				"  " + figures.name() + " failed (exit " + figures.exitCode() + "); the end of " + figures.log() + ":");
		log.subList(Math.max(0, log.size() - 15), log.size()).forEach((line) -> System.out.println("    " + line));
	}

	/** The jar must exist and be no older than the compiled application. */
	private static boolean checkJar(Path jar) throws java.io.IOException {
		if (!Files.isRegularFile(jar)) {
			System.err.println(jar + " not found: build it first with ./mvnw -q -B package -DskipTests");
			return false;
		}
		Path classes = Path.of("target", "classes");
		if (Files.isDirectory(classes)) {
			try (var files = Files.walk(classes)) {
				long newest = files.filter(Files::isRegularFile)
					.mapToLong((file) -> file.toFile().lastModified())
					.max()
					.orElse(0);
				if (newest > jar.toFile().lastModified()) {
					System.out.println("warning: " + jar + " is older than target/classes: the benchmark runs the jar; "
							+ "rebuild it with ./mvnw -q -B package -DskipTests to measure the current code");
				}
			}
		}
		return true;
	}

}
