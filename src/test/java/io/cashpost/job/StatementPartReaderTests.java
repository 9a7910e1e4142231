package io.cashpost.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.cashpost.statement.BankTransaction;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How far into a file reading has got: by the line of the last entry read, against the
 * file's lines, which are counted beside the reading.
 */
class StatementPartReaderTests {

	private static final Path STATEMENT = Path.of("sample-files/camt053/demo-2026-11-20.camt053.001.08.xml");

	@Test
	void progressIsTheLastEntrysLineAgainstTheFilesLines() throws Exception {
		StatementPartReader reader = new StatementPartReader(STATEMENT, "bank.xml");
		reader.open(new ExecutionContext());
		try {
			assertThat(reader.progress()).as("nothing read yet").isEmpty();
			long line = 0;
			while (line == 0) {
				if (reader.read() instanceof BankTransaction transaction) {
					line = transaction.line();
				}
			}
			assertThat(reader.progress()).matches("line " + line + " of bank\\.xml|\\d+% of bank\\.xml");

			long lines = Files.readAllLines(STATEMENT).size();
			String counted = progressOnceCounted(reader);
			assertThat(counted).isEqualTo((line * 100 / lines) + "% of bank.xml");
		}
		finally {
			reader.close();
		}
	}

	private static String progressOnceCounted(StatementPartReader reader) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		String progress = reader.progress();
		while (progress.startsWith("line ") && Instant.now().isBefore(until)) {
			Thread.sleep(10);
			progress = reader.progress();
		}
		return progress;
	}

}
