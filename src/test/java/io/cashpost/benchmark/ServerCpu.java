package io.cashpost.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time a PostgreSQL server spends while one Cashpost process runs: its postmaster,
 * every backend it reaped, and those still alive, sampled from {@code /proc}. Unknown
 * ({@code -1}) for a server on another machine.
 */
abstract class ServerCpu {

	/** Takes a sample; called every few hundred milliseconds while the process runs. */
	abstract void sample();

	/**
	 * Nanoseconds of CPU the server used between the first and the last sample, or -1.
	 */
	abstract long nanos();

	/**
	 * The embedded server a Cashpost process starts on its data directory: each start is
	 * a new postmaster (its pid in {@code postmaster.pid}), counted from its own start.
	 */
	static ServerCpu embedded(Path dataDir) {
		return new ServerCpu() {

			private final Map<Long, Long> byPostmaster = new HashMap<>();

			@Override
			void sample() {
				long pid = postmasterOf(dataDir);
				long nanos = (pid > 0) ? Procfs.treeCpuNanos(pid) : -1;
				if (nanos >= 0) {
					this.byPostmaster.merge(pid, nanos, Math::max);
				}
			}

			@Override
			long nanos() {
				return this.byPostmaster.isEmpty() ? -1
						: this.byPostmaster.values().stream().mapToLong(Long::longValue).sum();
			}

		};
	}

	/**
	 * A running server on this machine, whose postmaster is known: what it used while the
	 * process ran, for every client (on a shared server, others' work counts too).
	 */
	static ServerCpu running(long postmasterPid) {
		if (postmasterPid <= 0) {
			return unknown();
		}
		return new ServerCpu() {

			private long first = -1;

			private long last = -1;

			@Override
			void sample() {
				long nanos = Procfs.treeCpuNanos(postmasterPid);
				if (nanos >= 0) {
					this.first = (this.first < 0) ? nanos : this.first;
					this.last = nanos;
				}
			}

			@Override
			long nanos() {
				return (this.first < 0) ? -1 : this.last - this.first;
			}

		};
	}

	static ServerCpu unknown() {
		return new ServerCpu() {

			@Override
			void sample() {
			}

			@Override
			long nanos() {
				return -1;
			}

		};
	}

	private static long postmasterOf(Path dataDir) {
		try {
			String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim();
			return Long.parseLong(first);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
