package io.cashpost.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogTests {

	@TempDir
	Path dir;

	@Test
	void thePeakIsTheFullestHeapBeforeACollectionOrAtExit() throws IOException {
		Path log = Files.writeString(this.dir.resolve("gc.log"),
				"""
						[0.010s][info][gc] Using G1
						[1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(256M) 3.456ms
						[2.345s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 180M->60M(380M) 8.1ms
						[2.400s][info][gc] GC(2) Concurrent Mark Cycle 12.3ms
						[3.000s][info][gc] GC(3) Pause Full (System.gc()) 70M->41M(380M) 40.2ms
						[9.000s][info][gc,heap,exit] Heap
						[9.000s][info][gc,heap,exit]  garbage-first heap   total 389120K, used 96256K [0x00000000e0000000, 0x0000000100000000)
						[9.000s][info][gc,heap,exit]   region size 1024K, 40 young (40960K), 3 survivors (3072K)
						[9.000s][info][gc,heap,exit]  Metaspace       used 80000K, committed 81000K, reserved 1114112K
						""");
		GcLog heap = GcLog.read(log);
		assertThat(heap.collections()).isEqualTo(3);
		assertThat(heap.peakBytes()).isEqualTo(180L << 20);
		assertThat(heap.maxAfterGcBytes()).isEqualTo(60L << 20);
		assertThat(heap.committedBytes()).isEqualTo(389120L << 10);
	}

	@Test
	void withoutCollectionsTheHeapAtExitIsThePeak() throws IOException {
		Path log = Files.writeString(this.dir.resolve("gc.log"), """
				[0.010s][info][gc] Using G1
				[0.500s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 20480K [0x0, 0x1)
				""");
		assertThat(GcLog.read(log).peakBytes()).isEqualTo(20L << 20);
		assertThat(GcLog.read(log).maxAfterGcBytes()).isEqualTo(-1);
	}

	@Test
	void noLogMeansNotMeasured() {
		assertThat(GcLog.read(this.dir.resolve("missing.log")).peakBytes()).isEqualTo(-1);
	}

}
