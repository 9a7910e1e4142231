package io.cashpost.feed;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * What the feed's statement-level triggers cost a bulk load: journal entries and
 * allocations written by COPY and by one multi-row INSERT ... SELECT, with the triggers
 * enabled and disabled, on the real schema. Prints rows per second. Not a test:
 * {@code ./mvnw -Pbenchmark -Dbenchmark.class=io.cashpost.feed.FeedTriggerBenchmark -Dbenchmark.args=200000}
 */
public final class FeedTriggerBenchmark {

	private static final int ROUNDS = 7;

	private FeedTriggerBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		Path dir = Files.createTempDirectory("cashpost-feed-bench");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(true)
			.start()) {
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
			try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
				prepare(connection);
				// the machine is shared: alternate on and off and keep each one's best
				// time
				System.out.printf("%,d rows, best of %d alternating runs%n", rows, ROUNDS);
				measure(connection, "COPY journal_entry", rows, () -> copyEntries(connection, rows));
				measure(connection, "INSERT journal_entry", rows, () -> insertEntries(connection, rows));
				measure(connection, "COPY allocation", rows, () -> copyAllocations(connection, rows));
				measure(connection, "INSERT allocation", rows, () -> insertAllocations(connection, rows));
				measure(connection, "posting chunk", rows, () -> postingChunk(connection, rows));
			}
		}
	}

	private static void measure(Connection connection, String what, int rows, Work work) throws Exception {
		long[] best = { Long.MAX_VALUE, Long.MAX_VALUE };
		for (int round = 0; round < ROUNDS; round++) {
			for (int on = 0; on <= 1; on++) {
				triggers(connection, on == 1);
				best[on] = Math.min(best[on], time(connection, work));
			}
		}
		System.out.printf("  %-22s off %,9.0f rows/s   on %,9.0f rows/s   cost %+5.1f %%%n", what,
				rows / (best[0] / 1e9), rows / (best[1] / 1e9), 100.0 * (best[1] - best[0]) / best[0]);
	}

	private static void prepare(Connection connection) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.execute("insert into customer (customer_id, name) values ('C-1', 'Bench')");
			sql.execute("""
					insert into journal_entry (posting_key, kind, currency, posted_at)
					values ('anchor', 'receipt', 'EUR', now())
					""");
		}
	}

	private static void triggers(Connection connection, boolean enabled) throws Exception {
		String change = enabled ? "enable" : "disable";
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table journal_entry " + change + " trigger journal_entry_feed");
			sql.execute("alter table allocation " + change + " trigger allocation_feed");
		}
	}

	private static void copyEntries(Connection connection, int rows) throws Exception {
		StringBuilder data = new StringBuilder(rows * 60);
		long start = System.nanoTime();
		for (int i = 0; i < rows; i++) {
			data.append("copy|").append(start).append('|').append(i).append("\treceipt\tEUR\t2026-01-01 00:00:00+00\n");
		}
		connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy journal_entry (posting_key, kind, currency, posted_at) from stdin",
					new StringReader(data.toString()));
	}

	private static void insertEntries(Connection connection, int rows) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.executeUpdate("""
					insert into journal_entry (posting_key, kind, currency, posted_at)
					select 'insert|' || clock_timestamp() || '|' || n, 'receipt', 'EUR', now()
					  from generate_series(1, %d) n
					""".formatted(rows));
		}
	}

	private static void copyAllocations(Connection connection, int rows) throws Exception {
		StringBuilder data = new StringBuilder(rows * 60);
		for (int i = 0; i < rows; i++) {
			data.append("1\tC-1\tEUR\t10.00\tbench\t1\t2026-01-01 00:00:00+00\n");
		}
		connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy allocation (journal_entry_id, customer_id, currency, applied_amount, rule, confidence, "
					+ "posted_at) from stdin", new StringReader(data.toString()));
	}

	private static void insertAllocations(Connection connection, int rows) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.executeUpdate("""
					insert into allocation (journal_entry_id, customer_id, currency, applied_amount, rule, confidence,
					                        posted_at)
					select 1, 'C-1', 'EUR', 10, 'bench', 1, now() from generate_series(1, %d) n
					""".formatted(rows));
		}
	}

	/**
	 * What a set-based posting writes per receipt: its entry, two balanced lines and its
	 * allocation, each table in one statement.
	 */
	private static void postingChunk(Connection connection, int rows) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.execute("""
					create temporary table if not exists chunk_entries (journal_entry_id bigint) on commit delete rows
					""");
			sql.executeUpdate("""
					with entries as (
					    insert into journal_entry (posting_key, kind, currency, posted_at)
					    select 'chunk|' || clock_timestamp() || '|' || n, 'receipt', 'EUR', now()
					      from generate_series(1, %d) n
					    returning journal_entry_id
					)
					insert into chunk_entries select journal_entry_id from entries
					""".formatted(rows));
			sql.executeUpdate("""
					insert into journal_line (journal_entry_id, line_no, account_code, customer_id, debit, credit)
					select c.journal_entry_id, n, case n when 1 then '1200' else '1400' end,
					       case n when 1 then null else 'C-1' end, case n when 1 then 10 else 0 end,
					       case n when 1 then 0 else 10 end
					  from chunk_entries c cross join generate_series(1, 2) n
					""");
			sql.executeUpdate("""
					insert into allocation (journal_entry_id, customer_id, currency, applied_amount, rule, confidence,
					                        posted_at)
					select journal_entry_id, 'C-1', 'EUR', 10, 'bench', 1, now() from chunk_entries
					""");
		}
	}

	private static long time(Connection connection, Work work) throws Exception {
		connection.setAutoCommit(false);
		long start = System.nanoTime();
		work.run();
		connection.commit();
		long nanos = System.nanoTime() - start;
		connection.setAutoCommit(true);
		try (Statement sql = connection.createStatement()) {
			sql.execute("truncate feed_outbox");
		}
		return nanos;
	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

}
