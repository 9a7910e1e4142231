package io.cashpost.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.benchmark.CashpostProcess.Figures;

/**
 * The worker JVMs of a run with {@code --workers N}: {@code cashpost worker} processes
 * started on the run's database before the {@code ingest} (the manager, in {@code remote}
 * mode, one partition per worker unless {@code cashpost.jobs.partitions} is given),
 * measured like it, and stopped with SIGTERM once it ended. With no workers this does
 * nothing and the partitions run as threads of the {@code ingest} JVM, as before.
 */
final class WorkerJvms {

	private static final long REGISTRATION_PATIENCE_MILLIS = 180_000;

	private final int count;

	private final BenchmarkOptions options;

	private final List<CashpostProcess.Running> running;

	private WorkerJvms(int count, BenchmarkOptions options, List<CashpostProcess.Running> running) {
		this.count = count;
		this.options = options;
		this.running = running;
	}

	/** Starts the workers and waits until every one has registered. */
	static WorkerJvms start(int count, Path dir, BenchmarkOptions options, DatabaseTarget target)
			throws SQLException, InterruptedException {
		List<CashpostProcess.Running> running = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			running.add(new CashpostProcess("worker-" + i, dir, options)
				.arguments(List.of("worker", "--cashpost.workers.name=worker-" + i))
				.arguments(target.nextRunOptions())
				.start(target));
		}
		WorkerJvms workers = new WorkerJvms(count, options, running);
		if (count > 0) {
			workers.awaitRegistered(target);
		}
		return workers;
	}

	/** What the manager needs to hand its partitions to the workers. */
	List<String> managerOptions() {
		if (this.count == 0) {
			return List.of();
		}
		List<String> options = new ArrayList<>(List.of("--cashpost.workers.mode=remote",
				"--cashpost.workers.poll-interval=500ms", "--cashpost.workers.fallback=fail"));
		if (!this.options.hasProperty("cashpost.jobs.partitions")) {
			options.add("--cashpost.jobs.partitions=" + this.count);
		}
		return options;
	}

	/** Stops every worker as a service manager does (SIGTERM) and reads its figures. */
	List<Figures> stop() {
		return this.running.stream().map(CashpostProcess.Running::stop).toList();
	}

	private void awaitRegistered(DatabaseTarget target) throws SQLException, InterruptedException {
		long deadline = System.currentTimeMillis() + REGISTRATION_PATIENCE_MILLIS;
		while (registered(target) < this.count) {
			if (System.currentTimeMillis() > deadline
					|| this.running.stream().anyMatch((worker) -> !worker.isAlive())) {
				stop();
				throw new IllegalStateException(
						"the " + this.count + " workers did not all start: see worker-*.log in the size's folder");
			}
			Thread.sleep(250);
		}
	}

	private static int registered(DatabaseTarget target) throws SQLException {
		try (Connection connection = target.connect();
				Statement sql = connection.createStatement();
				ResultSet workers = sql.executeQuery("""
						select count(*) from information_schema.tables where table_name = 'worker'
						""")) {
			workers.next();
			if (workers.getInt(1) == 0) {
				return 0;
			}
		}
		try (Connection connection = target.connect();
				Statement sql = connection.createStatement();
				ResultSet workers = sql.executeQuery("select count(*) from worker where stopped_at is null")) {
			workers.next();
			return workers.getInt(1);
		}
	}

}
