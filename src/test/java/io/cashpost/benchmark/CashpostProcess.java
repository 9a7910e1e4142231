package io.cashpost.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One Cashpost command in a JVM of its own, started as a user starts it
 * ({@code java -Xmx... -jar target/cashpost.jar COMMAND ...}), watched from outside: wall
 * time, CPU time and resident-memory high-water mark sampled from {@code /proc} every 200
 * ms, heap from its GC log, and the database server's CPU meanwhile.
 */
final class CashpostProcess {

	private static final long SAMPLE_MILLIS = 200;

	private final String name;

	private final Path dir;

	private final BenchmarkOptions options;

	private final List<String> arguments = new ArrayList<>();

	/**
	 * @param name what the report calls it, and the name of its log files
	 * @param dir where it runs and leaves its logs
	 * @param options the benchmark's options (jar, heap, extra properties, time limit)
	 */
	CashpostProcess(String name, Path dir, BenchmarkOptions options) {
		this.name = name;
		this.dir = dir;
		this.options = options;
	}

	CashpostProcess arguments(List<String> arguments) {
		this.arguments.addAll(arguments);
		return this;
	}

	/**
	 * What one process did and cost.
	 *
	 * @param name its name in the report
	 * @param exitCode its exit code; -1 when it was stopped for taking too long
	 * @param wallNanos from start to exit
	 * @param cpuNanos user + system time of the JVM (sampled), or -1
	 * @param serverCpuNanos the database server's CPU time meanwhile, or -1
	 * @param peakRssBytes the JVM's resident-memory high-water mark, or -1
	 * @param heap from its GC log
	 * @param loadAverage the machine's one-minute load average, averaged over the run
	 * (other work on the machine slows the run down)
	 * @param output what it printed on stdout
	 * @param log its stderr (logs)
	 */
	record Figures(String name, int exitCode, long wallNanos, long cpuNanos, long serverCpuNanos, long peakRssBytes,
			GcLog heap, double loadAverage, List<String> output, Path log) {

		boolean succeeded() {
			return this.exitCode == 0;
		}

	}

	Figures run(DatabaseTarget target) {
		Path gcLog = this.dir.resolve(this.name + ".gc.log");
		Path out = this.dir.resolve(this.name + ".out");
		Path log = this.dir.resolve(this.name + ".log");
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + this.options.heap(), GcLog.option(gcLog),
				"-jar", this.options.jar().toAbsolutePath().toString()));
		command.addAll(this.arguments);
		command.add("--cashpost.intake.dir=" + this.dir.resolve("intake").toAbsolutePath());
		command.add("--cashpost.jobs.dir=" + this.dir.resolve("jobs").toAbsolutePath());
		command.addAll(this.options.cashpostProperties());
		ServerCpu serverCpu = target.serverCpu();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		try {
			Files.createDirectories(this.dir.resolve("jobs"));
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).directory(this.dir.toFile())
				.redirectOutput(out.toFile())
				.redirectError(log.toFile())
				.start();
			long[] last = { -1, -1 };
			double[] load = { 0, 0 };
			sampler.scheduleAtFixedRate(() -> {
				long cpu = Procfs.cpuNanos(process.pid());
				long rss = Procfs.peakRssBytes(process.pid());
				last[0] = (cpu >= 0) ? cpu : last[0];
				last[1] = (rss >= 0) ? rss : last[1];
				serverCpu.sample();
				load[0] += Procfs.loadAverage();
				load[1]++;
			}, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
			int exitCode = awaitExit(process, target);
			long wall = System.nanoTime() - started;
			sampler.shutdown();
			sampler.awaitTermination(5, TimeUnit.SECONDS);
			return new Figures(this.name, exitCode, wall, last[0], serverCpu.nanos(), last[1], GcLog.read(gcLog),
					(load[1] > 0) ? load[0] / load[1] : -1, Files.readAllLines(out), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		finally {
			sampler.shutdownNow();
		}
	}

	/**
	 * Waits for the process, at most the time limit: then stops it (politely, then not),
	 * and the embedded server it leaves behind.
	 */
	private int awaitExit(Process process, DatabaseTarget target) throws InterruptedException {
		Duration limit = this.options.timeLimit();
		if (limit.isZero() || process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
			return process.waitFor();
		}
		System.out.printf("%s: still running after %s: stopped (see %s)%n", this.name, limit,
				this.dir.resolve(this.name + ".log"));
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
		target.abandon();
		return -1;
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
