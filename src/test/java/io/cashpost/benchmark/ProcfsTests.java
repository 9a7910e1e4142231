package io.cashpost.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ProcfsTests {

	@Test
	void thisJvmHasUsedCpuAndMemory() {
		assumeTrue(Procfs.available(), "no /proc on this system");
		long pid = ProcessHandle.current().pid();
		assertThat(Procfs.cpuNanos(pid)).isPositive();
		assertThat(Procfs.treeCpuNanos(pid)).isGreaterThanOrEqualTo(Procfs.cpuNanos(pid));
		assertThat(Procfs.peakRssBytes(pid)).isGreaterThan(1 << 20);
		assertThat(Procfs.parent(pid)).isEqualTo(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L));
	}

	@Test
	void aProcessThatIsGoneIsNotMeasured() {
		assertThat(Procfs.cpuNanos(Integer.MAX_VALUE)).isEqualTo(-1);
		assertThat(Procfs.peakRssBytes(Integer.MAX_VALUE)).isEqualTo(-1);
	}

}
