package io.cashpost.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryLockTests {

	@TempDir
	Path dir;

	@Test
	void aHeldDirectoryIsRefusedNamingTheDirectoryAndTheOwner() {
		Path pg = this.dir.resolve("pg");
		try (DataDirectoryLock held = DataDirectoryLock.acquire(pg)) {
			assertThat(held.file()).isEqualTo(this.dir.resolve("pg.lock"));

			assertThatThrownBy(() -> DataDirectoryLock.acquire(pg)).isInstanceOf(EmbeddedDatabaseException.class)
				.hasMessageStartingWith(
						pg + " is in use by another Cashpost (process " + ProcessHandle.current().pid() + "): ")
				.hasMessageNotContaining("\n");
		}
	}

	@Test
	void aReleasedDirectoryIsTakenAgainAndTheFileNamesTheNewOwner() throws Exception {
		Path pg = this.dir.resolve("pg");
		DataDirectoryLock.acquire(pg).close();
		Files.writeString(this.dir.resolve("pg.lock"), "999999999\n");

		try (DataDirectoryLock again = DataDirectoryLock.acquire(pg)) {
			assertThat(Files.readString(again.file())).isEqualTo(ProcessHandle.current().pid() + "\n");
		}
	}

}
