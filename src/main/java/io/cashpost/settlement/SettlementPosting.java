package io.cashpost.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;
import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.money.Money;
import io.cashpost.posting.JournalEntry;
import io.cashpost.posting.Ledger;
import io.cashpost.posting.LedgerProperties;
import io.cashpost.posting.Posting;
import io.cashpost.posting.PostingOutcome;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts the settlement entries of staged report rows, a chunk at a time through the
 * {@link Ledger}: fees by kind, conversions, corrections, and rows no rule posts (to
 * suspense, each queued for a person with its reason). Each entry is keyed by the row's
 * own id, so a row is posted once however many reports carry it or however often a chunk
 * is retried.
 */
@Service
public class SettlementPosting {

	private static final String UNSETTLED = """
			select c.card_transaction_id, c.file_id, c.own_key, c.acquirer, b.batch_ref, c.kind, c.record_type,
			       c.payment_reference, c.description, c.row_index, c.line, c.gross_currency, c.gross_amount,
			       c.currency, c.net_amount, c.fee_commission, c.fee_markup, c.fee_scheme, c.fee_interchange,
			       c.fee_other
			  from card_transaction c
			  join settlement_batch b on b.settlement_batch_id = c.settlement_batch_id
			  join statement_file f on f.file_id = c.file_id
			 where c.settlement_status = 'new'
			   and f.status = 'ingested'
			   and c.card_transaction_id > :after
			 order by c.card_transaction_id
			 limit :limit
			""";

	/** The transaction a person's exception about a row hangs on. */
	private static final String PERSON_TRANSACTIONS = """
			insert into bank_transaction (file_id, statement_ref, entry_index, split_index, line, entry_ref, account,
			                              currency, amount, booking_date, value_date, entry_status, reversal,
			                              bank_transaction_code, remittance_text, source_key, match_status,
			                              card_transaction_id)
			select c.file_id, b.batch_ref, c.row_index, 0, c.line, coalesce(c.payment_reference, c.own_key), c.acquirer,
			       c.currency, c.net_amount, c.booking_date, c.booking_date, 'BOOKED', false,
			       c.acquirer || ':' || c.record_type, c.description, 'card|' || c.own_key, 'exception',
			       c.card_transaction_id
			  from card_transaction c
			  join settlement_batch b on b.settlement_batch_id = c.settlement_batch_id
			 where c.card_transaction_id = any (:ids)
			on conflict (card_transaction_id) where card_transaction_id is not null do nothing
			""";

	private static final String TRANSACTIONS_OF = """
			select card_transaction_id, transaction_id from bank_transaction where card_transaction_id = any (:ids)
			""";

	private static final String MARK_POSTED = """
			update card_transaction set settlement_status = 'posted' where card_transaction_id = any (:ids)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Ledger ledger;

	private final ExceptionQueue exceptions;

	private final SettlementEntries entries;

	private final Clock clock;

	SettlementPosting(NamedParameterJdbcTemplate jdbc, Ledger ledger, ExceptionQueue exceptions,
			LedgerProperties ledgerAccounts, SettlementProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.exceptions = exceptions;
		this.entries = new SettlementEntries(ledgerAccounts, properties.ledger());
		this.clock = clock;
	}

	/** The next rows of ingested reports whose settlement entries are not posted. */
	public List<UnsettledRow> unsettled(long after, int limit) {
		return this.jdbc.query(UNSETTLED, new MapSqlParameterSource("after", after).addValue("limit", limit),
				SettlementPosting::row);
	}

	/** Posts the rows' entries in one go and marks the rows posted. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void post(List<UnsettledRow> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<Long, Long> personTransactions = personTransactions(rows);
		Instant now = this.clock.instant();
		List<Posting> postings = new ArrayList<>();
		List<UnsettledRow> postedBy = new ArrayList<>();
		for (UnsettledRow row : rows) {
			for (JournalEntry entry : this.entries.of(row, personTransactions.get(row.cardTransactionId()), now)) {
				postings.add(Posting.of(entry));
				postedBy.add(row);
			}
		}
		List<PostingOutcome> outcomes = this.ledger.post(postings);
		List<Referral> referrals = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			UnsettledRow row = postedBy.get(i);
			if (row.kind().needsPerson() && outcomes.get(i) instanceof PostingOutcome.Posted posted) {
				referrals.add(new Referral(personTransactions.get(row.cardTransactionId()),
						ExceptionReason.UNEXPLAINED_SETTLEMENT_ROW, explain(row), List.of(), posted.journalEntryId()));
			}
		}
		this.exceptions.referAll(referrals);
		this.jdbc.update(MARK_POSTED,
				new MapSqlParameterSource("ids", SqlArrays.bigint(rows, UnsettledRow::cardTransactionId)));
	}

	/**
	 * The transactions the rows a person must look at are queued under, created with
	 * them, by row.
	 */
	private Map<Long, Long> personTransactions(List<UnsettledRow> rows) {
		List<UnsettledRow> forPerson = rows.stream()
			.filter((row) -> row.kind().needsPerson() && row.net().amount().signum() != 0)
			.toList();
		Map<Long, Long> transactions = new HashMap<>();
		if (forPerson.isEmpty()) {
			return transactions;
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
				SqlArrays.bigint(forPerson, UnsettledRow::cardTransactionId));
		this.jdbc.update(PERSON_TRANSACTIONS, parameters);
		this.jdbc.query(TRANSACTIONS_OF, parameters, (RowCallbackHandler) (rs) -> transactions
			.put(rs.getLong("card_transaction_id"), rs.getLong("transaction_id")));
		return transactions;
	}

	private static String explain(UnsettledRow row) {
		String what = (row.kind() == RecordKind.UNKNOWN) ? "a record type Cashpost does not know"
				: "a movement Cashpost has no rule to post";
		return row.acquirer() + " " + row.recordType() + " (line " + row.line() + " of batch " + row.batchRef()
				+ ") is " + what + ": " + row.net() + " held in suspense"
				+ ((row.description() != null) ? " (" + row.description() + ")" : "");
	}

	private static UnsettledRow row(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		Map<FeeKind, BigDecimal> fees = new EnumMap<>(FeeKind.class);
		for (FeeKind kind : FeeKind.values()) {
			BigDecimal fee = rs.getBigDecimal("fee_" + kind.code());
			if (fee.signum() != 0) {
				fees.put(kind, fee);
			}
		}
		return new UnsettledRow(rs.getLong("card_transaction_id"), rs.getLong("file_id"), rs.getString("own_key"),
				rs.getString("acquirer"), rs.getString("batch_ref"),
				RecordKind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
				rs.getString("record_type"), rs.getString("payment_reference"), rs.getString("description"),
				rs.getInt("row_index"), rs.getLong("line"),
				Money.of(rs.getBigDecimal("gross_amount"), rs.getString("gross_currency")),
				new Money(rs.getBigDecimal("net_amount"), currency), fees);
	}

}
