package io.cashpost.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only journal. The database refuses updates, deletes, unbalanced entries and
 * a second reversal of one entry.
 */
@Repository
class JdbcJournal {

	/**
	 * Entries of a chunk in one statement; an entry whose key is posted already is left
	 * out. The new ids come back with their keys. Written in key order: two chunks that
	 * carry the same money wait for each other's keys in one order, never in a circle.
	 */
	private static final String INSERT_ENTRIES = """
			insert into journal_entry (posting_key, kind, bank_transaction_id, reverses_entry_id, currency, description,
			                           posted_at)
			select e.posting_key, e.kind, e.bank_transaction_id, e.reverses_entry_id, e.currency, e.description,
			       e.posted_at::timestamptz
			  from unnest(:postingKeys::text[], :kinds::text[], :transactionIds::bigint[], :reversesEntryIds::bigint[],
			              :currencies::text[], :descriptions::text[], :postedAts::text[])
			       as e(posting_key, kind, bank_transaction_id, reverses_entry_id, currency, description, posted_at)
			 order by e.posting_key
			on conflict (posting_key) do nothing
			returning journal_entry_id, posting_key
			""";

	/**
	 * Lines of a chunk in one statement: the database checks after it that every entry it
	 * wrote balances.
	 */
	private static final String INSERT_LINES = """
			insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
			select * from unnest(:entryIds::bigint[], :lineNos::int[], :accountCodes::text[], :customerIds::text[],
			                     :invoiceIds::bigint[], :debits::numeric[], :credits::numeric[])
			""";

	private static final String POSTED_KEYS = """
			select posting_key from journal_entry where posting_key = any (:postingKeys::text[])
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

	JdbcJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the entry unless one with its posting key exists.
	 * @return the new entry's id, or empty when the key was already posted
	 */
	Optional<Long> append(JournalEntry entry) {
		return Optional.ofNullable(appendAll(List.of(entry)).get(entry.postingKey()));
	}

	/**
	 * Appends the entries, in their order, with their lines: two statements whatever
	 * their number. An entry whose posting key is in the ledger already is not appended.
	 * @return the new entries' ids by posting key (the keys posted before are missing)
	 */
	Map<String, Long> appendAll(List<JournalEntry> entries) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql(INSERT_ENTRIES)
			.param("postingKeys", SqlArrays.text(entries, JournalEntry::postingKey))
			.param("kinds", SqlArrays.text(entries, JournalEntry::kind))
			.param("transactionIds", SqlArrays.bigint(entries, JournalEntry::bankTransactionId))
			.param("reversesEntryIds", SqlArrays.bigint(entries, JournalEntry::reversesEntryId))
			.param("currencies", SqlArrays.text(entries, (entry) -> entry.currency().getCurrencyCode()))
			.param("descriptions", SqlArrays.text(entries, JournalEntry::description))
			.param("postedAts", SqlArrays.text(entries, (entry) -> entry.postedAt().toString()))
			.query((rs, row) -> ids.put(rs.getString("posting_key"), rs.getLong("journal_entry_id")))
			.list();
		appendLines(entries, ids);
		return ids;
	}

	/** Those of the keys that are in the ledger. */
	Set<String> postedKeys(Collection<String> postingKeys) {
		if (postingKeys.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql(POSTED_KEYS)
			.param("postingKeys", SqlArrays.text(postingKeys, (key) -> key))
			.query(String.class)
			.list());
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

	private void appendLines(List<JournalEntry> entries, Map<String, Long> ids) {
		List<NumberedLine> lines = new ArrayList<>();
		for (JournalEntry entry : entries) {
			Long entryId = ids.get(entry.postingKey());
			if (entryId != null) {
				for (int i = 0; i < entry.lines().size(); i++) {
					lines.add(new NumberedLine(entryId, i + 1, entry.lines().get(i)));
				}
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		this.jdbc.sql(INSERT_LINES)
			.param("entryIds", SqlArrays.bigint(lines, NumberedLine::entryId))
			.param("lineNos", SqlArrays.integer(lines, NumberedLine::lineNo))
			.param("accountCodes", SqlArrays.text(lines, (numbered) -> numbered.line().qualifiedAccount()))
			.param("customerIds", SqlArrays.text(lines, (numbered) -> numbered.line().customerId()))
			.param("invoiceIds", SqlArrays.bigint(lines, (numbered) -> numbered.line().invoiceId()))
			.param("debits", SqlArrays.numeric(lines, (numbered) -> numbered.line().debit()))
			.param("credits", SqlArrays.numeric(lines, (numbered) -> numbered.line().credit()))
			.update();
	}

	private record NumberedLine(long entryId, int lineNo, JournalLine line) {
	}

}
