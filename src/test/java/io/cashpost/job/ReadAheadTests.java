package io.cashpost.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Reading ahead changes nothing of what is read, only when. */
class ReadAheadTests {

	@Test
	void givesThePartsInTheFilesOrderThenTheEnd() {
		try (ReadAhead ahead = new ReadAhead(new Parts(5000, -1), 10, "x.xml")) {
			List<Integer> read = new ArrayList<>();
			for (StatementPart part = ahead.next(); part != null; part = ahead.next()) {
				read.add(((BankTransaction) part).entryIndex());
			}
			assertThat(read).hasSize(5000).isSorted();
			assertThat(ahead.next()).isNull();
		}
	}

	@Test
	void aFailureComesOutWhereItHappenedInTheFile() {
		try (ReadAhead ahead = new ReadAhead(new Parts(100, 42), 10, "x.xml")) {
			for (int i = 0; i < 42; i++) {
				assertThat(((BankTransaction) ahead.next()).entryIndex()).isEqualTo(i);
			}
			assertThatExceptionOfType(StatementReadException.class).isThrownBy(ahead::next)
				.withMessageContaining("entry 42");
			assertThat(ahead.next()).isNull();
		}
	}

	@Test
	void closingBeforeTheEndStopsTheReadingThread() {
		Parts parts = new Parts(1_000_000, -1);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
			ReadAhead ahead = new ReadAhead(parts, 10, "x.xml");
			ahead.next();
			ahead.close();
		});
		assertThat(parts.closed).isTrue();
		assertThat(parts.read).isLessThan(1_000_000);
	}

	/** {@code count} transactions, failing at {@code failAt} (or never when negative). */
	private static final class Parts implements StatementReader {

		private final int count;

		private final int failAt;

		volatile int read;

		volatile boolean closed;

		Parts(int count, int failAt) {
			this.count = count;
			this.failAt = failAt;
		}

		@Override
		public StatementFormat format() {
			return new StatementFormat("camt.053", "camt.053.001.08");
		}

		@Override
		public StatementPart next() {
			if (this.read == this.failAt) {
				throw new StatementReadException("x.xml", "entry " + this.failAt, "broken");
			}
			if (this.read == this.count) {
				return null;
			}
			return BankTransaction.builder()
				.statementRef("S")
				.entryIndex(this.read++)
				.amount(Money.of("1.00", "EUR"))
				.build();
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
