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
		return start(target).await(target);
	}

	/**
	 * Starts the process and its sampling; {@link Running#await} or {@link Running#stop}
	 * end them.
	 */
	Running start(DatabaseTarget target) {
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
			Running running = new Running(process, started, sampler, serverCpu, gcLog, out, log);
			sampler.scheduleAtFixedRate(running::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
			return running;
		}
		catch (IOException ex) {
			sampler.shutdownNow();
			throw new UncheckedIOException(ex);
		}
	}

	/** A process started, sampled until it ends. */
	final class Running {

		private final Process process;

		private final long started;

		private final ScheduledExecutorService sampler;

		private final ServerCpu serverCpu;

		private final Path gcLog;

		private final Path out;

		private final Path log;

		private volatile long cpu = -1;

		private volatile long rss = -1;

		private double loadSum;

		private int loads;

		private Running(Process process, long started, ScheduledExecutorService sampler, ServerCpu serverCpu,
				Path gcLog, Path out, Path log) {
			this.process = process;
			this.started = started;
			this.sampler = sampler;
			this.serverCpu = serverCpu;
			this.gcLog = gcLog;
			this.out = out;
			this.log = log;
		}

		private synchronized void sample() {
			long cpuNow = Procfs.cpuNanos(this.process.pid());
			long rssNow = Procfs.peakRssBytes(this.process.pid());
			this.cpu = (cpuNow >= 0) ? cpuNow : this.cpu;
			this.rss = (rssNow >= 0) ? rssNow : this.rss;
			this.serverCpu.sample();
			this.loadSum += Procfs.loadAverage();
			this.loads++;
		}

		boolean isAlive() {
			return this.process.isAlive();
		}

		/** Waits for the process to end by itself (at most the time limit). */
		Figures await(DatabaseTarget target) {
			try {
				return figures(awaitExit(this.process, target));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}

		/** Asks the process to stop (SIGTERM), as a service manager does, and waits. */
		Figures stop() {
			try {
				this.process.destroy();
				if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor();
				}
				return figures(this.process.exitValue());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}

		private Figures figures(int exitCode) throws InterruptedException {
			long wall = System.nanoTime() - this.started;
			this.sampler.shutdown();
			this.sampler.awaitTermination(5, TimeUnit.SECONDS);
			this.sampler.shutdownNow();
			try {
				synchronized (this) {
					return new Figures(CashpostProcess.this.name, exitCode, wall, this.cpu, this.serverCpu.nanos(),
							this.rss, GcLog.read(this.gcLog), (this.loads > 0) ? this.loadSum / this.loads : -1,
							Files.readAllLines(this.out), this.log);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
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
