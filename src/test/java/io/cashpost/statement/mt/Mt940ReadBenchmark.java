package io.cashpost.statement.mt;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementSummary;

/**
 * Generates an MT940 file with N statement lines (default 1,000,000, German SEPA and
 * Dutch field 86 alternating, Latin-1 with umlauts, into a temporary file deleted
 * afterwards), reads it with {@link Mt940Reader} and prints statement lines per second
 * and peak heap, beside a bare pass that only reads the file's lines. Meant for a small
 * heap:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.cashpost.statement.mt.Mt940ReadBenchmark [lines] [lines per statement]
 * </pre>
 */
public final class Mt940ReadBenchmark {

	private Mt940ReadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int lines = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int perStatement = (args.length > 1) ? Integer.parseInt(args[1]) : lines;
		Path file = Files.createTempFile("cashpost-mt940-benchmark", ".sta");
		try {
			long start = System.nanoTime();
			generate(file, lines, perStatement);
			System.out.printf(Locale.ROOT, "generated %,d statement lines in %,d statements, %,.1f MB, in %.1f s%n",
					lines, (lines + perStatement - 1) / perStatement, Files.size(file) / 1e6, seconds(start));
			long cpu = cpuTime();
			start = System.nanoTime();
			barePass(file);
			double bare = seconds(start);
			double bareCpu = (cpuTime() - cpu) / 1e9;
			resetPeakHeap();
			cpu = cpuTime();
			start = System.nanoTime();
			long read = read(file, lines);
			double elapsed = seconds(start);
			double readCpu = (cpuTime() - cpu) / 1e9;
			System.out.printf(Locale.ROOT, "bare line pass: %.2f s (%.2f s CPU)%n", bare, bareCpu);
			System.out.printf(Locale.ROOT,
					"Mt940Reader:    %.2f s (%.2f s CPU), %,.0f transactions/s (%,.0f per CPU second), %.1f MB/s, "
							+ "%.1fx the bare pass in CPU, peak heap %.0f MB (max heap %.0f MB)%n",
					elapsed, readCpu, read / elapsed, read / readCpu, Files.size(file) / 1e6 / elapsed,
					readCpu / bareCpu, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static long read(Path file, int expected) throws IOException {
		long transactions = 0;
		long entries = 0;
		try (InputStream in = Files.newInputStream(file); Mt940Reader reader = new Mt940Reader(in, "benchmark.sta")) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof StatementSummary summary) {
					entries += summary.entries();
					if (!Boolean.TRUE.equals(summary.balanced())) {
						throw new IllegalStateException("generated statement does not balance: " + summary);
					}
				}
				else {
					transactions++;
				}
			}
		}
		if (transactions != expected || entries != expected) {
			throw new IllegalStateException("read " + transactions + " transactions, expected " + expected);
		}
		return transactions;
	}

	/** CPU time of this thread: the machine may be shared, wall time alone misleads. */
	private static long cpuTime() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void barePass(Path file) throws IOException {
		long count = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith(":61:")) {
					count++;
				}
			}
		}
		if (count == 0) {
			throw new IllegalStateException("no statement lines");
		}
	}

	private static void generate(Path file, int lines, int perStatement) throws IOException {
		BigDecimal balance = new BigDecimal("100000.00");
		try (Writer out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.ISO_8859_1), 1 << 16)) {
			int written = 0;
			int statement = 0;
			while (written < lines) {
				int count = Math.min(perStatement, lines - written);
				balance = statement(out, ++statement, written, count, balance);
				written += count;
			}
		}
	}

	private static BigDecimal statement(Writer out, int number, int first, int count, BigDecimal opening)
			throws IOException {
		out.write(":20:STARTUMS\n:25:37050299/0123456789\n:28C:" + number + "/1\n:60F:" + balance(opening) + "\n");
		BigDecimal balance = opening;
		for (int i = first; i < first + count; i++) {
			boolean credit = i % 3 != 0;
			BigDecimal amount = BigDecimal.valueOf(1000 + (i % 97_000), 2);
			balance = credit ? balance.add(amount) : balance.subtract(amount);
			String value = amount.toPlainString().replace('.', ',');
			out.write(":61:2501020102" + (credit ? "CR" : "DR") + value + "NTRFNONREF//" + (10_000_000 + i) + "\n");
			out.write((i % 2 == 0) ? german(i) : dutch(i));
		}
		out.write(":62F:" + balance(balance) + "\n-\n");
		return balance;
	}

	private static String german(int i) {
		return ":86:166?00SEPA-GUTSCHRIFT?100915?20EREF+RE-2025-" + i + "?21SVWZ+Rechnung " + i
				+ " Kundennr?22. 40815 Grüße?30COBADEHD001?31DE98200411550712345600\n?32Müller & Söhne GmbH\n";
	}

	private static String dutch(int i) {
		return ":86:/EREF/INV-" + i + "//CNTP/NL47ABNA0519837264/ABNANL2A/Van der Berg B.V./Am\n"
				+ "ersfoort///REMI/USTD//Factuur " + i + " RF18 5390 0754 7034/\n";
	}

	private static String balance(BigDecimal amount) {
		return ((amount.signum() < 0) ? "D" : "C") + "250102EUR" + amount.abs().toPlainString().replace('.', ',');
	}

	private static void resetPeakHeap() {
		System.gc();
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
