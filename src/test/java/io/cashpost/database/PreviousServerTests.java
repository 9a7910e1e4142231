package io.cashpost.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a {@code postmaster.pid} left in a directory means, with real processes standing
 * in for the server. A live PostgreSQL (the {@code Running} case) is in
 * {@link EmbeddedServerCrashTests}.
 */
class PreviousServerTests {

	@TempDir
	Path dir;

	@Test
	void noFileMeansNothingIsLeft() {
		assertThat(PreviousServer.on(this.dir)).isInstanceOf(PreviousServer.None.class);
	}

	@Test
	void aServerWhoseProcessIsGoneCrashed() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		pidFile(gone.pid(), this.dir, Instant.now());

		assertThat(PreviousServer.on(this.dir)).isInstanceOfSatisfying(PreviousServer.Crashed.class,
				(crashed) -> assertThat(crashed.file().pid()).isEqualTo(gone.pid()));
	}

	@Test
	void aPidNowUsedByAnotherProgramIsStale() throws Exception {
		Process other = new ProcessBuilder("sleep", "30").start();
		try {
			pidFile(other.pid(), this.dir, Instant.now());

			assertThat(PreviousServer.on(this.dir)).isInstanceOfSatisfying(PreviousServer.Stale.class,
					(stale) -> assertThat(stale.reason()).contains("sleep").contains("not PostgreSQL"));
		}
		finally {
			other.destroyForcibly().waitFor();
		}
	}

	@Test
	void anEmptyFileIsStale() throws IOException {
		Files.writeString(this.dir.resolve("postmaster.pid"), "");

		assertThat(PreviousServer.on(this.dir)).isInstanceOf(PreviousServer.Stale.class);
	}

	static void pidFile(long pid, Path dataDir, Instant startedAt) throws IOException {
		Files.writeString(dataDir.resolve("postmaster.pid"), String.join("\n", Long.toString(pid), dataDir.toString(),
				Long.toString(startedAt.getEpochSecond()), "5432", "/tmp", "localhost", "  0  0", "ready   ", ""));
	}

}
