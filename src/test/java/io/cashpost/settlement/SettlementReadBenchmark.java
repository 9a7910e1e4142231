package io.cashpost.settlement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates an Adyen Settlement details report of N rows (default 1,000,000: sales of 100
 * batches, each closed by its fee and payout rows) in a temporary file, reads it twice
 * and prints rows per second and the peak heap. A benchmark, not a test: run it with a
 * small heap to show that the readers stream and keep only a running total per batch.
 *
 * <pre>
 * ./mvnw -Pbenchmark -Dbenchmark.class=io.cashpost.settlement.SettlementReadBenchmark -Dbenchmark.heap=64m
 * </pre>
 */
public final class SettlementReadBenchmark {

	private static final int BATCHES = 100;

	private static final String HEADER = "Company Account,Merchant Account,Psp Reference,Merchant Reference,"
			+ "Payment Method,Creation Date,TimeZone,Type,Modification Reference,Gross Currency,Gross Debit (GC),"
			+ "Gross Credit (GC),Exchange Rate,Net Currency,Net Debit (NC),Net Credit (NC),Commission (NC),"
			+ "Markup (NC),Scheme Fees (NC),Interchange (NC),Payment Method Variant,Modification Merchant Reference,"
			+ "Batch Number,Reserved4,Reserved5,Reserved6,Reserved7,Reserved8,Reserved9,Reserved10\n";

	private SettlementReadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path file = Files.createTempFile("cashpost-benchmark-", ".csv");
		try {
			long started = System.nanoTime();
			write(file, rows);
			System.out.printf("Generated %,d rows, %,d MB in %.1f s%n", rows, Files.size(file) >> 20, seconds(started));
			read(file);
			read(file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void read(Path file) {
		System.gc();
		resetPeakHeap();
		long started = System.nanoTime();
		int rows = 0;
		int balanced = 0;
		try (SettlementReader reader = SettlementFiles.shipped().open(file, file.getFileName().toString())) {
			for (SettlementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof CardTransaction) {
					rows++;
				}
				else if (Boolean.TRUE.equals(((SettlementBatch) part).balanced())) {
					balanced++;
				}
			}
		}
		double seconds = seconds(started);
		System.out.printf(
				"Adyen reader: %,d rows in %.2f s = %,.0f rows/s, %.0f MB/s, %d batches balanced, "
						+ "peak heap %d MB (max %d MB)%n",
				rows, seconds, rows / seconds, (sizeOf(file) >> 20) / seconds, balanced, peakHeap() >> 20,
				Runtime.getRuntime().maxMemory() >> 20);
	}

	/** Each batch: sales at 100.00 less 1.20 fees, then a fee row and the payout. */
	private static void write(Path file, int rows) throws IOException {
		int perBatch = Math.max(1, rows / BATCHES - 2);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(HEADER);
			int written = 0;
			for (int batch = 1; written < rows; batch++) {
				int sales = Math.min(perBatch, rows - written);
				for (int sale = 0; sale < sales; sale++) {
					long psp = 8_800_000_000_000_000L + written;
					out.write(
							"Co,Shop," + psp + ",INV-" + written + ",visa,2026-11-23 10:00:00,CET,Settled," + (psp + 1)
									+ ",EUR,,100.00,1,EUR,,98.80,,0.20,0.30,0.70,visadebit,," + batch + ",,,,,,,\n");
					written++;
				}
				out.write("Co,Shop,,,,2026-11-24 01:00:00,CET,Fee,Fees " + batch + ",,,,,EUR,1.00,,,,,,,," + batch
						+ ",,,,,,,\n");
				long payout = sales * 9880L - 100;
				out.write("Co,Shop,,,,2026-11-24 01:00:00,CET,MerchantPayout,\"TX" + batch + "XT batch " + batch
						+ ", Shop\",,,,,EUR," + (payout / 100) + "." + String.format("%02d", payout % 100) + ",,,,,,,,"
						+ batch + ",,,,,,,\n");
				written += 2;
			}
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
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

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
