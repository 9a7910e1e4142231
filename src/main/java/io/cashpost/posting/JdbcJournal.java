package io.cashpost.posting;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only journal. The database refuses updates, deletes and unbalanced entries.
 */
@Repository
class JdbcJournal {

	private static final String INSERT_ENTRY = """
			insert into journal_entry (posting_key, kind, bank_transaction_id, currency, description, posted_at)
			values (:postingKey, :kind, :bankTransactionId, :currency, :description, :postedAt)
			on conflict (posting_key) do nothing
			returning journal_entry_id
			""";

	private static final String INSERT_LINE = """
			insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
			values (:entryId, :lineNo, :accountCode, :customerId, :invoiceId, :debit, :credit)
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
			.param("currency", entry.currency().getCurrencyCode())
			.param("description", entry.description())
			.param("postedAt", Timestamp.from(entry.postedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent((entryId) -> appendLines(entryId, entry.lines()));
		return id;
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
