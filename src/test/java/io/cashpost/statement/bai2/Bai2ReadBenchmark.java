package io.cashpost.statement.bai2;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementPart;

/**
 * Generates a BAI2 file with N transaction details (default 1,000,000) in a temporary
 * file, reads it with {@link Bai2Reader} and prints details per second and the peak heap,
 * beside a bare pass that only counts the file's lines. A benchmark, not a test: run it
 * with a small heap to show that the reader streams.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.cashpost.statement.bai2.Bai2ReadBenchmark 1000000
 * </pre>
 */
public final class Bai2ReadBenchmark {

	private static final int DETAILS_PER_ACCOUNT = 10_000;

	private Bai2ReadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int details = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path file = Files.createTempFile("cashpost-benchmark-", ".bai2");
		try {
			long started = System.nanoTime();
			write(file, details);
			System.out.printf("Generated %,d details, %,d MB in %.1f s%n", details, Files.size(file) >> 20,
					seconds(started));
			bareLineCount(file);
			bareLineCount(file);
			read(file, details);
			read(file, details);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void read(Path file, int expected) throws IOException {
		System.gc();
		resetPeakHeap();
		long started = System.nanoTime();
		int transactions = 0;
		long cents = 0;
		try (Bai2Reader reader = new Bai2Reader(Files.newInputStream(file), file.getFileName().toString())) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof BankTransaction transaction) {
					transactions++;
					cents += transaction.amount().amount().unscaledValue().longValue();
				}
			}
		}
		double seconds = seconds(started);
		if (transactions != expected) {
			throw new IllegalStateException("Read " + transactions + " details, expected " + expected);
		}
		System.out.printf(
				"Bai2Reader: %,d details in %.2f s = %,.0f details/s, %.0f MB/s, peak heap %d MB "
						+ "(max %d MB), net %d cents%n",
				transactions, seconds, transactions / seconds, (Files.size(file) >> 20) / seconds, peakHeap() >> 20,
				Runtime.getRuntime().maxMemory() >> 20, cents);
	}

	private static void bareLineCount(Path file) throws IOException {
		long started = System.nanoTime();
		long lines = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		double seconds = seconds(started);
		System.out.printf("Bare pass counting lines: %,d lines in %.2f s = %.0f MB/s%n", lines, seconds,
				(Files.size(file) >> 20) / seconds);
	}

	/** One group of accounts with {@value #DETAILS_PER_ACCOUNT} details each. */
	private static void write(Path file, int details) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			out.write("01,HPNBUS33,CASHPOST01,250304,0615,1,,,2/\n02,CASHPOST01,071925648,1,250303,2400,USD,2/\n");
			long groupTotal = 0;
			int groupRecords = 2;
			int accounts = 0;
			for (int written = 0; written < details; written += DETAILS_PER_ACCOUNT) {
				Totals account = writeAccount(out, 4402900000L + accounts,
						Math.min(DETAILS_PER_ACCOUNT, details - written), written);
				groupTotal += account.controlTotal;
				groupRecords += account.records;
				accounts++;
			}
			out.write("98," + groupTotal + "," + accounts + "," + groupRecords + "/\n");
			out.write("99," + groupTotal + ",1," + (groupRecords + 2) + "/\n");
		}
	}

	private static Totals writeAccount(BufferedWriter out, long number, int details, int first) throws IOException {
		long credits = 0;
		long debits = 0;
		for (int n = first; n < first + details; n++) {
			if (isDebit(n)) {
				debits += amount(n);
			}
			else {
				credits += amount(n);
			}
		}
		long opening = 100_000_000L;
		long closing = opening + credits - debits;
		out.write("03," + number + ",USD,010," + opening + ",,,015," + closing + ",,/\n");
		int records = 2;
		StringBuilder body = new StringBuilder(256);
		for (int n = first; n < first + details; n++) {
			records += writeDetail(body, n);
			out.append(body);
		}
		long controlTotal = opening + closing + credits + debits;
		out.write("49," + controlTotal + "," + records + "/\n");
		return new Totals(controlTotal, records);
	}

	/**
	 * Writes a check paid, or an ACH credit with a continuation every other time; returns
	 * the records.
	 */
	private static int writeDetail(StringBuilder body, int n) {
		body.setLength(0);
		if (isDebit(n)) {
			body.append("16,475,").append(amount(n)).append(",,CHK").append(n).append(',').append(n);
			body.append(",CHECK ").append(n).append("/\n");
			return 1;
		}
		body.append("16,165,").append(amount(n)).append(",V,250304,,ACH").append(n);
		body.append(",,ACH CREDIT ORIG CO NAME:CUSTOMER ").append(n % 5000).append(" LLC/\n");
		if (n % 2 == 0) {
			body.append("88,OBI: INVOICE ").append(n).append(" RF18539007547034/\n");
			return 2;
		}
		return 1;
	}

	private static boolean isDebit(int n) {
		return n % 3 == 0;
	}

	private static long amount(int n) {
		return 1000 + (n % 997) * 113L;
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

	private static void resetPeakHeap() {
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

	private record Totals(long controlTotal, int records) {

	}

}
