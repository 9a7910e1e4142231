package io.cashpost.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap figures of a JVM run with {@code -Xlog:gc,gc+heap+exit:file=...}: each collection
 * logs the heap in use before and after it and the heap committed, and the exit logs what
 * was in use at the end. The heap is fullest right before a collection, so the largest
 * "before" (or the use at exit, if larger) is the peak; the largest "after" is the most
 * that was still reachable, or not yet collected, at any collection.
 *
 * @param peakBytes peak heap in use
 * @param maxAfterGcBytes most heap in use right after a collection
 * @param committedBytes most heap committed
 * @param collections how many collections were logged
 */
record GcLog(long peakBytes, long maxAfterGcBytes, long committedBytes, int collections) {

	/** {@code 120M->35M(512M)} in a collection's line. */
	private static final Pattern COLLECTION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

	/** {@code garbage-first heap   total 524288K, used 123456K} at exit. */
	private static final Pattern AT_EXIT = Pattern.compile("total (\\d+)K, used (\\d+)K");

	static String option(Path file) {
		return "-Xlog:gc,gc+heap+exit:file=" + file;
	}

	static GcLog read(Path file) {
		if (!Files.exists(file)) {
			return new GcLog(-1, -1, -1, 0);
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long peak = -1;
		long after = -1;
		long committed = -1;
		long usedAtExit = 0;
		int collections = 0;
		for (String line : lines) {
			Matcher collection = COLLECTION.matcher(line);
			if (collection.find()) {
				collections++;
				peak = Math.max(peak, bytes(collection.group(1), collection.group(2)));
				after = Math.max(after, bytes(collection.group(3), collection.group(4)));
				committed = Math.max(committed, bytes(collection.group(5), collection.group(6)));
				continue;
			}
			Matcher exit = AT_EXIT.matcher(line);
			if (line.contains("gc,heap,exit") && exit.find()) {
				// one line for G1; one per generation for the serial and parallel
				// collectors
				usedAtExit += Long.parseLong(exit.group(2)) * 1024;
				committed = Math.max(committed, Long.parseLong(exit.group(1)) * 1024);
			}
		}
		return new GcLog(Math.max(peak, usedAtExit), after, committed, collections);
	}

	private static long bytes(String number, String unit) {
		long value = Long.parseLong(number);
		return switch (unit) {
			case "K" -> value << 10;
			case "M" -> value << 20;
			default -> value << 30;
		};
	}

}
