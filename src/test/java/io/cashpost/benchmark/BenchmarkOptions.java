package io.cashpost.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link PipelineBenchmark} is asked to do: {@code SIZES [--external URL]
 * [--heap 512m] [--seed 42] [--dir DIR] [--jar JAR] [--keep] [--time-limit MINUTES]
 * [--workers 1,2,4] [--cashpost.x=y ...]}.
 *
 * @param sizes payments (and open invoices) per run, smallest first as given
 * @param external JDBC URL of a PostgreSQL server to run on, or {@code null} for the
 * embedded one
 * @param heap {@code -Xmx} of every Cashpost process
 * @param seed the generator's seed
 * @param dir where each size's files, database and logs go ({@code DIR/N})
 * @param jar the Cashpost executable jar
 * @param keep keep each size's files and database afterwards
 * @param timeLimit stop a Cashpost process still running after this long; zero: never
 * @param cashpostProperties {@code --name=value} options handed to every Cashpost process
 * @param workers for each size, one run per count of worker JVMs
 * ({@code cashpost worker}) beside the manager; empty: one run, partitions as threads of
 * the {@code ingest} JVM
 */
record BenchmarkOptions(List<Integer> sizes, String external, String heap, long seed, Path dir, Path jar, boolean keep,
		Duration timeLimit, List<String> cashpostProperties, List<Integer> workers) {

	static final String USAGE = """
			usage: PipelineBenchmark [SIZES] [--external JDBC_URL] [--heap 512m] [--seed 42] [--dir DIR] [--jar JAR]
			                         [--keep] [--time-limit MINUTES] [--workers 1,2,4]
			                         [--cashpost.NAME=VALUE | --spring.NAME=VALUE ...]
			  SIZES  payments (= open invoices) per run, comma-separated; default 10000,100000,1000000
			  --workers  worker JVMs beside the manager, one run per count (comma-separated)""";

	static BenchmarkOptions parse(String... args) {
		List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
		String external = null;
		String heap = "512m";
		long seed = 42;
		Path dir = Path.of("target", "pipeline-benchmark");
		Path jar = Path.of("target", "cashpost.jar");
		boolean keep = false;
		Duration limit = Duration.ZERO;
		List<String> properties = new ArrayList<>();
		List<Integer> workers = List.of();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--cashpost.") || arg.startsWith("--spring.")) {
				properties.add(arg);
				continue;
			}
			switch (arg) {
				case "--external" -> external = value(args, ++i, arg);
				case "--heap" -> heap = value(args, ++i, arg);
				case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
				case "--dir" -> dir = Path.of(value(args, ++i, arg));
				case "--jar" -> jar = Path.of(value(args, ++i, arg));
				case "--keep" -> keep = true;
				case "--time-limit" -> limit = Duration.ofMinutes(Long.parseLong(value(args, ++i, arg)));
				case "--workers" -> workers = workers(value(args, ++i, arg));
				default -> sizes = sizes(arg);
			}
		}
		return new BenchmarkOptions(sizes, external, heap, seed, dir, jar, keep, limit, List.copyOf(properties),
				workers);
	}

	/** Whether a Cashpost property was given, e.g. {@code cashpost.jobs.partitions}. */
	boolean hasProperty(String name) {
		return this.cashpostProperties.stream().anyMatch((property) -> property.startsWith("--" + name + "="));
	}

	private static List<Integer> workers(String arg) {
		try {
			List<Integer> counts = Arrays.stream(arg.split(",")).map(String::trim).map(Integer::valueOf).toList();
			if (counts.stream().anyMatch((count) -> count < 1 || count > 16)) {
				throw new IllegalArgumentException("--workers takes counts from 1 to 16: " + arg + "\n" + USAGE);
			}
			return counts;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--workers takes counts, e.g. 1,2,4: " + arg + "\n" + USAGE);
		}
	}

	private static List<Integer> sizes(String arg) {
		try {
			List<Integer> sizes = Arrays.stream(arg.split(",")).map(String::trim).map(Integer::valueOf).toList();
			if (sizes.stream().anyMatch((size) -> size < 100)) {
				throw new IllegalArgumentException("each size must be at least 100 payments: " + arg + "\n" + USAGE);
			}
			return sizes;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
		}
	}

	private static String value(String[] args, int at, String option) {
		if (at >= args.length) {
			throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
		}
		return args[at];
	}

}
