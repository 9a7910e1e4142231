package io.cashpost.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Linux's {@code /proc} says about a process: CPU time, children, resident-memory
 * high-water mark. Every method returns -1 (or nothing) when the process is gone or
 * {@code /proc} is not there.
 */
final class Procfs {

	private static final long TICKS_PER_SECOND = ticksPerSecond();

	private Procfs() {
	}

	static boolean available() {
		return Files.isDirectory(Path.of("/proc/self"));
	}

	/** User + system CPU of the process itself, in nanoseconds. */
	static long cpuNanos(long pid) {
		long[] stat = stat(pid);
		return (stat == null) ? -1 : ticksToNanos(stat[1] + stat[2]);
	}

	/**
	 * User + system CPU of the process, of the children it has reaped, and of its live
	 * children: for a PostgreSQL postmaster, the whole server with every backend that
	 * ever ran.
	 */
	static long treeCpuNanos(long pid) {
		long[] stat = stat(pid);
		if (stat == null) {
			return -1;
		}
		long ticks = stat[1] + stat[2] + stat[3] + stat[4];
		for (long child : children(pid)) {
			long[] childStat = stat(child);
			if (childStat != null) {
				ticks += childStat[1] + childStat[2] + childStat[3] + childStat[4];
			}
		}
		return ticksToNanos(ticks);
	}

	/** The parent's pid, or -1. */
	static long parent(long pid) {
		long[] stat = stat(pid);
		return (stat == null) ? -1 : stat[0];
	}

	/** {@code VmHWM}: the most resident memory the process has had, in bytes. */
	static long peakRssBytes(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
			return -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The one-minute load average of the machine, or -1. */
	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	static String commandLine(long pid) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** ppid, utime, stime, cutime, cstime; {@code null} when the process is gone. */
	private static long[] stat(long pid) {
		String stat;
		try {
			stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
		}
		catch (IOException ex) {
			return null;
		}
		// the command name, in parentheses, may hold spaces: count fields after it
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return new long[] { Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
				Long.parseLong(fields[13]), Long.parseLong(fields[14]) };
	}

	private static List<Long> children(long pid) {
		List<Long> children = new ArrayList<>();
		try {
			for (String child : Files
				.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(pid), "children"))
				.trim()
				.split(" ")) {
				if (!child.isEmpty()) {
					children.add(Long.parseLong(child));
				}
			}
		}
		catch (IOException ex) {
			// no children file in this kernel: the reaped children's time is still
			// counted
		}
		return children;
	}

	private static long ticksToNanos(long ticks) {
		return ticks * 1_000_000_000L / TICKS_PER_SECOND;
	}

	private static long ticksPerSecond() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes()).trim();
			return (getconf.waitFor() == 0) ? Long.parseLong(out) : 100;
		}
		catch (IOException | RuntimeException ex) {
			return 100;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 100;
		}
	}

}
