package io.cashpost.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.job.FileCollection;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.TestPayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox takes a file only once it is complete: written slowly in parts, it is
 * ingested once, whole; renamed into place, it is taken at once.
 */
@CashpostIntegrationTest
class InboxIntegrationTests {

	private static final int ENTRIES = 40;

	@Autowired
	FileCollection collection;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private InboxFileSource inbox;

	@BeforeEach
	void emptyInbox() {
		TestDatabase.clear(this.jdbc);
		this.inbox = new InboxFileSource(this.dir.resolve("inbox"), this.dir.resolve("spool"), Duration.ofMillis(600),
				Duration.ofSeconds(1), Clock.systemUTC());
	}

	@Test
	void aFileWrittenSlowlyInPartsIsIngestedOnceAndWhole() throws Exception {
		byte[] statement = Files.readAllBytes(TestPayments.statement(this.dir, "slow.xml", "STMT-SLOW", 0, ENTRIES));
		Files.createDirectories(this.dir.resolve("inbox"));
		CompletableFuture<Void> writing = CompletableFuture
			.runAsync(() -> writeSlowly(this.dir.resolve("inbox/slow.xml"), statement, 4, 250));

		List<FileOutcome> outcomes = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (outcomes.isEmpty() && System.nanoTime() < deadline) {
			outcomes.addAll(this.collection.collectAndPost(List.of(this.inbox)).files());
			Thread.sleep(100);
		}
		writing.get();
		outcomes.addAll(this.collection.collectAndPost(List.of(this.inbox)).files());

		assertThat(outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.status()).isEqualTo("ingested");
			assertThat(outcome.entries()).isEqualTo(ENTRIES);
		});
		assertThat(this.jdbc.sql("select source from statement_file").query(String.class).single()).isEqualTo("inbox");
		assertThat(this.dir.resolve("inbox")).isEmptyDirectory();
		assertThat(this.dir.resolve("spool")).isEmptyDirectory();
	}

	@Test
	void aFileRenamedIntoPlaceIsTakenAtOnceAndPartFilesAreLeftAlone() throws IOException {
		Path part = TestPayments.statement(this.dir.resolve("inbox"), "quick.xml.part", "STMT-QUICK", 0, 3);
		assertThat(this.collection.collectAndPost(List.of(this.inbox)).files()).isEmpty();

		Files.setLastModifiedTime(part, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 5000));
		Files.move(part, part.resolveSibling("quick.xml"));

		assertThat(this.collection.collectAndPost(List.of(this.inbox)).files()).singleElement()
			.satisfies((outcome) -> assertThat(outcome.entries()).isEqualTo(3));
	}

	private static void writeSlowly(Path file, byte[] bytes, int parts, long pauseMillis) {
		try (OutputStream out = Files.newOutputStream(file)) {
			int size = bytes.length / parts + 1;
			for (int from = 0; from < bytes.length; from += size) {
				out.write(bytes, from, Math.min(size, bytes.length - from));
				out.flush();
				Thread.sleep(pauseMillis);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
