package io.cashpost.feed;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.collection.LedgerWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed is written by the database in the posting's transaction, whatever writes the
 * ledger (row by row, a multi-row insert, COPY), and read with a cursor that neither
 * skips nor repeats, even when postings commit out of order.
 */
@CashpostIntegrationTest
class PaymentFeedIntegrationTests {

	@Autowired
	PaymentFeed feed;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	LedgerWriter ledger;

	LocalDate today;

	@BeforeEach
	void customers() {
		TestDatabase.clear(this.jdbc);
		this.today = LocalDate.now(this.clock);
		this.ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		this.ledger.customer("C-1", "Müller").customer("C-2", "Van der Berg");
		for (int i = 1; i <= 50; i++) {
			this.ledger.invoice("INV-" + i, (i % 2 == 0) ? "C-2" : "C-1", "EUR", "100.00", this.today.minusDays(40),
					this.today.minusDays(10));
		}
		// the statement file the bulk-loaded transactions belong to
		this.ledger.bankTransaction("1.00", "EUR", "First", null, this.clock.instant());
	}

	@Test
	void receiptsAllocationsAndReversalsBecomeEventsInOrder() {
		long entry = this.ledger.pay("INV-1", "60.00", this.clock.instant());
		this.ledger.reverse(entry, this.clock.instant());
		this.ledger.unplaced("33.00", "EUR", "Unbekannt", null, null, this.clock.instant());
		clearingReceipt("999.00");

		List<FeedEvent> events = this.feed.after(0, null, 100);

		assertThat(events).extracting(FeedEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L);
		assertThat(events).extracting(FeedEvent::type)
			.containsExactly("payment.received", "allocation.posted", "payment.reversed", "allocation.reversed",
					"payment.received");
		FeedEvent allocated = events.get(1);
		assertThat(allocated.customerId()).isEqualTo("C-1");
		assertThat(allocated.data().get("invoiceNumber").asString()).isEqualTo("INV-1");
		assertThat(allocated.data().get("amount").asString()).isEqualTo("60.00");
		assertThat(events.get(0).data().get("status").asString()).isEqualTo("applied");
		assertThat(events.get(4).data().get("status").asString()).isEqualTo("being_applied");
		assertThat(this.feed.after(5, null, 100)).isEmpty();
		assertThat(this.feed.after(0, "C-1", 100)).extracting(FeedEvent::type)
			.containsExactly("allocation.posted", "allocation.reversed");
	}

	@Test
	void anAllocationSaysWhatThePayerDeductedAndWhy() {
		this.ledger.pay("INV-3", "90.00", "10.00", "DAMG", this.clock.instant());

		FeedEvent allocated = this.feed.after(0, "C-1", 100).get(0);

		assertThat(allocated.type()).isEqualTo("allocation.posted");
		assertThat(allocated.data().get("amount").asString()).isEqualTo("90.00");
		assertThat(allocated.data().get("deduction").asString()).isEqualTo("10.00");
		assertThat(allocated.data().get("deductionReason").asString()).isEqualTo("DAMG");
		assertThat(allocated.data().get("creditNote").asString()).isEqualTo("0.00");
		assertThat(allocated.data().get("discount").asString()).isEqualTo("0.00");
	}

	@Test
	void aMultiRowInsertAndACopyEachWriteTheirWholeChunkToTheOutbox() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			postChunkByMultiRowInsert(connection, 1, 20);
			postChunkByCopy(connection, 21, 50);
			connection.commit();
		}
		// one outbox row per statement (two chunks, each one statement per table),
		// holding every id
		assertThat(count("select count(*) from feed_outbox where kind = 'receipt'")).isEqualTo(2);
		assertThat(count("select count(*) from feed_outbox where kind = 'allocation'")).isEqualTo(2);
		assertThat(count("select sum(cardinality(ids)) from feed_outbox where kind = 'receipt'")).isEqualTo(50);
		assertThat(count("select sum(cardinality(ids)) from feed_outbox where kind = 'allocation'")).isEqualTo(50);

		List<FeedEvent> events = this.feed.after(0, null, 1000);

		assertThat(events).hasSize(100);
		assertThat(events).extracting(FeedEvent::id).containsExactlyElementsOf(range(1, 100));
		assertThat(events.stream().filter((e) -> e.type().equals("allocation.posted")).map(FeedEvent::customerId))
			.containsOnly("C-1", "C-2")
			.hasSize(50);
		assertThat(count("select count(*) from invoice where open_amount = 0")).isEqualTo(50);
		assertThat(count("select count(*) from feed_outbox")).isZero();
	}

	@Test
	void aPostingThatCommitsLateIsNeitherSkippedNorRepeated() throws Exception {
		try (Connection early = this.dataSource.getConnection(); Connection late = this.dataSource.getConnection()) {
			early.setAutoCommit(false);
			late.setAutoCommit(false);
			// "early" writes first: its outbox row gets the lower id, but it commits last
			postChunkByMultiRowInsert(early, 1, 1);
			postChunkByMultiRowInsert(late, 2, 2);
			late.commit();

			List<FeedEvent> first = this.feed.after(0, null, 100);
			assertThat(first).extracting(FeedEvent::id).containsExactly(1L, 2L);
			assertThat(first).allSatisfy((e) -> assertThat(e.data().get("bankTransactionId").asLong()).isNotZero());

			early.commit();
			List<FeedEvent> next = this.feed.after(2, null, 100);
			assertThat(next).extracting(FeedEvent::id).containsExactly(3L, 4L);
			assertThat(next).extracting((e) -> e.data().get("invoiceNumber"))
				.filteredOn((n) -> n != null && !n.isNull())
				.extracting((n) -> n.asString())
				.containsExactly("INV-1");
		}
		assertThat(this.feed.after(0, null, 100)).hasSize(4);
	}

	@Test
	void publishersRacingNumberEveryEventOnce() throws Exception {
		for (int i = 1; i <= 30; i++) {
			this.ledger.pay("INV-" + i, "100.00", this.clock.instant());
		}
		ExecutorService pool = Executors.newFixedThreadPool(3);
		try {
			List<Callable<Integer>> publishers = List.of(this.feed::publish, this.feed::publish, this.feed::publish);
			int published = 0;
			for (Future<Integer> result : pool.invokeAll(publishers)) {
				published += result.get();
			}
			published += this.feed.publish();
			assertThat(published).isEqualTo(60);
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.feed.after(0, null, 1000)).extracting(FeedEvent::id).containsExactlyElementsOf(range(1, 60));
	}

	/**
	 * Receipts and allocations for invoices {@code first..last}, one multi-row insert
	 * each.
	 */
	private void postChunkByMultiRowInsert(Connection connection, int first, int last) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.executeUpdate(bankTransactions(first, last));
			sql.executeUpdate("""
					insert into journal_entry (posting_key, kind, bank_transaction_id, currency, posted_at)
					select 'bulk|' || t.source_key, 'receipt', t.transaction_id, 'EUR', now()
					  from bank_transaction t where t.source_key like 'bulk|%%' and t.match_status = 'new'
					   and t.entry_index between %d and %d
					""".formatted(first, last));
			sql.executeUpdate(
					"""
							insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
							select e.journal_entry_id, n, case n when 1 then '1200' else '1400' end,
							       case n when 1 then null else i.customer_id end, case n when 1 then null else i.invoice_id end,
							       case n when 1 then 100 else 0 end, case n when 1 then 0 else 100 end
							  from journal_entry e
							  join bank_transaction t on t.transaction_id = e.bank_transaction_id
							  join invoice i on i.invoice_number = 'INV-' || t.entry_index
							  cross join generate_series(1, 2) n
							 where t.entry_index between %d and %d and e.posting_key like 'bulk|%%'
							"""
						.formatted(first, last));
			sql.executeUpdate(
					"""
							insert into allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency,
							                        applied_amount, rule, confidence, posted_at)
							select e.journal_entry_id, t.transaction_id, i.invoice_id, i.customer_id, 'EUR', 100, 'reference', 1,
							       now()
							  from journal_entry e
							  join bank_transaction t on t.transaction_id = e.bank_transaction_id
							  join invoice i on i.invoice_number = 'INV-' || t.entry_index
							 where t.entry_index between %d and %d and e.posting_key like 'bulk|%%'
							"""
						.formatted(first, last));
			settle(sql, first, last);
		}
	}

	/** The same, the journal entries and allocations written with COPY. */
	private void postChunkByCopy(Connection connection, int first, int last) throws Exception {
		try (Statement sql = connection.createStatement()) {
			sql.executeUpdate(bankTransactions(first, last));
		}
		List<long[]> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select t.transaction_id, i.invoice_id, i.customer_id, t.source_key
				  from bank_transaction t join invoice i on i.invoice_number = 'INV-' || t.entry_index
				 where t.entry_index between ? and ? and t.source_key like 'bulk|%'
				 order by t.entry_index
				""")) {
			query.setInt(1, first);
			query.setInt(2, last);
			try (var rs = query.executeQuery()) {
				StringBuilder entries = new StringBuilder();
				while (rs.next()) {
					entries.append("copy|")
						.append(rs.getString(4))
						.append("\treceipt\t")
						.append(rs.getLong(1))
						.append("\tEUR\t2026-01-01 00:00:00+00\n");
					rows.add(new long[] { rs.getLong(1), rs.getLong(2) });
				}
				copy(connection, "journal_entry (posting_key, kind, bank_transaction_id, currency, posted_at)",
						entries.toString());
			}
		}
		try (Statement sql = connection.createStatement()) {
			sql.executeUpdate(
					"""
							insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
							select e.journal_entry_id, n, case n when 1 then '1200' else '1400' end,
							       case n when 1 then null else i.customer_id end, case n when 1 then null else i.invoice_id end,
							       case n when 1 then 100 else 0 end, case n when 1 then 0 else 100 end
							  from journal_entry e
							  join bank_transaction t on t.transaction_id = e.bank_transaction_id
							  join invoice i on i.invoice_number = 'INV-' || t.entry_index
							  cross join generate_series(1, 2) n
							 where t.entry_index between %d and %d and e.posting_key like 'copy|%%'
							"""
						.formatted(first, last));
			StringBuilder allocations = new StringBuilder();
			try (var rs = sql.executeQuery("""
					select e.journal_entry_id, t.transaction_id, i.invoice_id, i.customer_id
					  from journal_entry e
					  join bank_transaction t on t.transaction_id = e.bank_transaction_id
					  join invoice i on i.invoice_number = 'INV-' || t.entry_index
					 where t.entry_index between %d and %d and e.posting_key like 'copy|%%'
					""".formatted(first, last))) {
				while (rs.next()) {
					allocations.append(rs.getLong(1))
						.append('\t')
						.append(rs.getLong(2))
						.append('\t')
						.append(rs.getLong(3))
						.append('\t')
						.append(rs.getString(4))
						.append("\tEUR\t100\treference\t1\t2026-01-01 00:00:00+00\n");
				}
			}
			copy(connection, "allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency, "
					+ "applied_amount, rule, confidence, posted_at)", allocations.toString());
			settle(sql, first, last);
		}
		assertThat(rows).hasSize(last - first + 1);
	}

	private static void copy(Connection connection, String table, String rows) throws Exception {
		connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy " + table + " from stdin", new StringReader(rows));
	}

	private static String bankTransactions(int first, int last) {
		return """
				insert into bank_transaction (file_id, statement_ref, entry_index, split_index, currency, amount,
				                              entry_status, source_key, debtor_name)
				select (select file_id from statement_file order by file_id limit 1), 'BULK', n, 1, 'EUR', 100, 'BOOKED',
				       'bulk|' || n, 'Payer ' || n
				  from generate_series(%d, %d) n
				"""
			.formatted(first, last);
	}

	private static void settle(Statement sql, int first, int last) throws SQLException {
		sql.executeUpdate("update invoice set open_amount = 0 where invoice_number in (select 'INV-' || n from "
				+ "generate_series(" + first + ", " + last + ") n)");
	}

	private void clearingReceipt(String amount) {
		new org.springframework.transaction.support.TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> {
				long transactionId = this.ledger.bankTransaction(amount, "EUR", "Own account", null,
						this.clock.instant());
				long entry = this.jdbc.sql("""
						insert into journal_entry (posting_key, kind, bank_transaction_id, currency, posted_at)
						values ('clearing|' || :id, 'receipt', :id, 'EUR', now()) returning journal_entry_id
						""").param("id", transactionId).query(Long.class).single();
				this.jdbc.sql("""
						insert into journal_line (journal_entry_id, line_no, account_code, debit, credit)
						values (:entry, 1, '1200', :amount, 0), (:entry, 2, '1360:internal_transfer', 0, :amount)
						""").param("entry", entry).param("amount", new java.math.BigDecimal(amount)).update();
			});
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private static List<Long> range(long first, long last) {
		List<Long> ids = new ArrayList<>();
		for (long id = first; id <= last; id++) {
			ids.add(id);
		}
		return ids;
	}

}
