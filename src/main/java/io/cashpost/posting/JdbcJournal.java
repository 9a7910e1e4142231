package io.cashpost.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only journal. The database refuses updates, deletes, unbalanced entries and
 * a second reversal of one entry.
 */
@Repository
class JdbcJournal {

	private static final String INSERT_ENTRY = """
			insert into journal_entry (posting_key, kind, bank_transaction_id, reverses_entry_id, currency, description,
			                           posted_at)
			values (:postingKey, :kind, :bankTransactionId, :reversesEntryId, :currency, :description, :postedAt)
			on conflict (posting_key) do nothing
			returning journal_entry_id
			""";

	private static final String INSERT_LINE = """
			insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
			values (:entryId, :lineNo, :accountCode, :customerId, :invoiceId, :debit, :credit)
			""";

	private static final String POSTED = "select exists (select 1 from journal_entry where posting_key = :postingKey)";

	/**
	 * Receipts and resolutions of a transaction that nothing has reversed yet, oldest
	 * first.
	 */
	private static final String LIVE_ENTRIES = """
			select e.journal_entry_id, e.posting_key, e.kind, e.bank_transaction_id, e.currency, e.description,
			       e.posted_at, l.account_code, l.customer_id, l.invoice_id, l.debit, l.credit
			  from journal_entry e
			  join journal_line l on l.journal_entry_id = e.journal_entry_id
			 where e.bank_transaction_id = :transactionId
			   and e.kind in ('receipt', 'resolution')
			   and not exists (select 1 from journal_entry r where r.reverses_entry_id = e.journal_entry_id)
			 order by e.journal_entry_id, l.line_no
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	JdbcJournal(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Appends the entry unless one with its posting key exists.
	 * @return the new entry's id, or empty when the key was already posted
	 */
	Optional<Long> append(JournalEntry entry) {
		Optional<Long> id = this.jdbc.sql(INSERT_ENTRY)
			.param("postingKey", entry.postingKey())
			.param("kind", entry.kind())
			.param("bankTransactionId", entry.bankTransactionId())
			.param("reversesEntryId", entry.reversesEntryId())
			.param("currency", entry.currency().getCurrencyCode())
			.param("description", entry.description())
			.param("postedAt", Timestamp.from(entry.postedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent((entryId) -> appendLines(entryId, entry.lines()));
		return id;
	}

	boolean isPosted(String postingKey) {
		return this.jdbc.sql(POSTED).param("postingKey", postingKey).query(Boolean.class).single();
	}

	/**
	 * The receipt and resolutions of a bank transaction that are still in force, by id,
	 * oldest first.
	 */
	Map<Long, JournalEntry> liveEntries(long bankTransactionId) {
		List<StoredLine> stored = this.jdbc.sql(LIVE_ENTRIES)
			.param("transactionId", bankTransactionId)
			.query(JdbcJournal::storedLine)
			.list();
		Map<Long, List<StoredLine>> byEntry = new LinkedHashMap<>();
		stored.forEach((line) -> byEntry.computeIfAbsent(line.entryId(), (id) -> new ArrayList<>()).add(line));
		Map<Long, JournalEntry> entries = new LinkedHashMap<>();
		byEntry.forEach((id, lines) -> {
			StoredLine first = lines.get(0);
			entries.put(id,
					new JournalEntry(first.postingKey(), first.kind(), bankTransactionId, null, first.currency(),
							first.description(), first.postedAt(), lines.stream().map(StoredLine::line).toList()));
		});
		return entries;
	}

	private static StoredLine storedLine(ResultSet rs, int row) throws SQLException {
		return new StoredLine(rs.getLong("journal_entry_id"), rs.getString("posting_key"), rs.getString("kind"),
				Currency.getInstance(rs.getString("currency")), rs.getString("description"),
				rs.getTimestamp("posted_at").toInstant(), line(rs));
	}

	/** A stored line: the account code as stored already names its sub-account. */
	private static JournalLine line(ResultSet rs) throws SQLException {
		long invoiceId = rs.getLong("invoice_id");
		return new JournalLine(rs.getString("account_code"), null, rs.getString("customer_id"),
				rs.wasNull() ? null : invoiceId, rs.getBigDecimal("debit"), rs.getBigDecimal("credit"));
	}

	private record StoredLine(long entryId, String postingKey, String kind, Currency currency, String description,
			Instant postedAt, JournalLine line) {
	}

	private void appendLines(long entryId, List<JournalLine> lines) {
		List<MapSqlParameterSource> rows = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			JournalLine line = lines.get(i);
			rows.add(new MapSqlParameterSource().addValue("entryId", entryId)
				.addValue("lineNo", i + 1)
				.addValue("accountCode", line.qualifiedAccount())
				.addValue("customerId", line.customerId())
				.addValue("invoiceId", line.invoiceId())
				.addValue("debit", line.debit())
				.addValue("credit", line.credit()));
		}
		this.batch.batchUpdate(INSERT_LINE, rows.toArray(MapSqlParameterSource[]::new));
	}

}
