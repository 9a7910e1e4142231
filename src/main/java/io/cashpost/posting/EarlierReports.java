package io.cashpost.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cashpost.database.SqlArrays;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries whose money the ledger has already posted from an earlier report. A bank
 * reports the same entry several times: in intraday reports during the day (camt.052,
 * MT942, camt.054 notifications, often cumulative) and in the end-of-day statement, the
 * bank's final word. Posting from the first report is posting at once; the later reports
 * confirm it. Only real differences go to a person: an amount or value date that changed,
 * an entry a statement carries twice, the same end-of-day statement delivered again, and
 * an entry posted during the day that the day's end-of-day statement does not carry.
 */
@Repository
public class EarlierReports {

	/** Formats that report during the day; every other is an end-of-day statement. */
	private static final String INTRADAY = "(%1$s.format like 'camt.052%%' or %1$s.format like 'camt.054%%'"
			+ " or %1$s.format = 'MT942')";

	private static final String EARLIER = """
			select p.transaction_id, o.transaction_id as original_id, f.file_name as original_file,
			       o.entry_index as original_entry, o.amount as original_amount, o.value_date as original_value_date,
			       p.amount, p.currency, p.value_date, %s as intraday, %s as original_intraday,
			       exists (select 1 from bank_transaction s
			                where s.file_id = p.file_id and s.statement_ref = p.statement_ref
			                  and s.source_key = p.source_key and s.transaction_id <> p.transaction_id
			                  and (s.entry_index, s.split_index) < (p.entry_index, p.split_index)) as twice,
			       p.file_id = o.file_id and p.statement_ref = o.statement_ref as same_statement
			  from bank_transaction p
			  join statement_file pf on pf.file_id = p.file_id
			  join journal_entry e on e.posting_key = p.source_key
			  join bank_transaction o on o.transaction_id = e.bank_transaction_id
			  join statement_file f on f.file_id = o.file_id
			 where p.transaction_id = any (:ids::bigint[])
			""".formatted(INTRADAY.formatted("pf"), INTRADAY.formatted("f"));

	private static final String CONFIRM = """
			insert into entry_confirmation (transaction_id, confirms_transaction_id, confirmed_at)
			select c.transaction_id, c.original_id, :now
			  from unnest(:ids::bigint[], :originals::bigint[]) as c(transaction_id, original_id)
			on conflict (transaction_id) do nothing
			""";

	/**
	 * Closes what {@link #missingFromEndOfDay} queued for entries a later end-of-day
	 * statement carries after all.
	 */
	private static final String CLOSE_CONFIRMED = """
			with confirmed as (
			    select e.exception_id
			      from exception_item e
			     where e.bank_transaction_id = any (:originals::bigint[])
			       and e.reason = 'not_in_end_of_day' and e.status = 'open'
			), resolved as (
			    insert into exception_resolution (exception_id, kind, detail, resolved_by, resolved_at)
			    select exception_id, 'confirmed', 'carried by a later end-of-day statement', 'cashpost', :now
			      from confirmed
			    on conflict (exception_id) do nothing
			)
			update exception_item set status = 'resolved' where exception_id in (select exception_id from confirmed)
			""";

	/**
	 * End-of-day statements not compared yet whose entries are all decided; the entries
	 * intraday reports posted for their accounts and days that no end-of-day statement
	 * carries (one that carries it changed has its own question already).
	 */
	private static final String MISSING = """
			with eod as (
			    select f.file_id, f.file_name
			      from statement_file f
			     where f.status = 'ingested' and f.intraday_checked_at is null and not %s
			       and not exists (select 1 from bank_transaction t where t.file_id = f.file_id and t.match_status = 'new')
			), day as (
			    select distinct t.account, t.booking_date, s.file_name
			      from bank_transaction t
			      join eod s on s.file_id = t.file_id
			     where t.entry_status = 'BOOKED' and t.booking_date is not null
			)
			select distinct on (i.transaction_id) i.transaction_id, i.amount, i.currency, i.account, i.booking_date,
			       f.file_name as intraday_file, d.file_name as statement_file
			  from day d
			  join bank_transaction i on i.account = d.account and i.booking_date = d.booking_date
			  join statement_file f on f.file_id = i.file_id and %s
			 where i.entry_status = 'BOOKED' and i.match_status in ('posted', 'not_receivable')
			   and not exists (
			       select 1
			         from bank_transaction ct
			         join statement_file cf on cf.file_id = ct.file_id
			        where ct.source_key = i.source_key and ct.transaction_id <> i.transaction_id
			          and cf.status = 'ingested' and not %s)
			 order by i.transaction_id
			"""
		.formatted(INTRADAY.formatted("f"), INTRADAY.formatted("f"), INTRADAY.formatted("cf"));

	private static final String ANY_INTRADAY = "select exists (select 1 from statement_file f where f.status = 'ingested' and "
			+ INTRADAY.formatted("f") + ")";

	private static final String CHECKED = """
			update statement_file f set intraday_checked_at = :now
			 where f.status = 'ingested' and f.intraday_checked_at is null and not %s
			   and not exists (select 1 from bank_transaction t where t.file_id = f.file_id and t.match_status = 'new')
			""".formatted(INTRADAY.formatted("f"));

	private final JdbcClient jdbc;

	EarlierReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Compares entries whose posting key the ledger found taken with the entry that
	 * posted it, in one query.
	 * @param transactionIds the later entries
	 * @return what each is, by transaction id
	 */
	public Map<Long, Verdict> compare(Collection<Long> transactionIds) {
		Map<Long, Verdict> verdicts = new HashMap<>();
		if (!transactionIds.isEmpty()) {
			this.jdbc.sql(EARLIER)
				.param("ids", SqlArrays.bigint(transactionIds, (id) -> id))
				.query((rs, row) -> verdicts.put(rs.getLong("transaction_id"), verdict(rs)))
				.list();
		}
		return verdicts;
	}

	/**
	 * Records the confirmations, and closes the open question of any original that an
	 * end-of-day statement had not carried.
	 * @param originals the original each confirming entry confirms, by its id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void confirm(Map<Long, Long> originals, Instant now) {
		if (originals.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, Long>> rows = List.copyOf(originals.entrySet());
		this.jdbc.sql(CONFIRM)
			.param("ids", SqlArrays.bigint(rows, Map.Entry::getKey))
			.param("originals", SqlArrays.bigint(rows, Map.Entry::getValue))
			.param("now", Timestamp.from(now))
			.update();
		this.jdbc.sql(CLOSE_CONFIRMED)
			.param("originals", SqlArrays.bigint(rows, Map.Entry::getValue))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Compares every end-of-day statement whose entries are all decided with the intraday
	 * reports of its accounts and days, once per statement.
	 * @return the entries intraday reports posted that no end-of-day statement carries
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Missing> missingFromEndOfDay(Instant now) {
		// most accounts never send an intraday report: then there is nothing to compare
		List<Missing> missing = this.jdbc.sql(ANY_INTRADAY).query(Boolean.class).single()
				? this.jdbc.sql(MISSING).query(EarlierReports::missing).list() : List.of();
		this.jdbc.sql(CHECKED).param("now", Timestamp.from(now)).update();
		return missing;
	}

	private static Verdict verdict(ResultSet rs) throws SQLException {
		long original = rs.getLong("original_id");
		String where = "entry " + rs.getInt("original_entry") + " of " + rs.getString("original_file");
		String currency = rs.getString("currency").trim();
		String amount = Money.of(rs.getBigDecimal("amount"), currency).inCurrencyScale().toPlainString();
		String originalAmount = Money.of(rs.getBigDecimal("original_amount"), currency)
			.inCurrencyScale()
			.toPlainString();
		LocalDate valueDate = rs.getObject("value_date", LocalDate.class);
		LocalDate originalValueDate = rs.getObject("original_value_date", LocalDate.class);
		boolean same = amount.equals(originalAmount) && Objects.equals(valueDate, originalValueDate);
		boolean intraday = rs.getBoolean("intraday") || rs.getBoolean("original_intraday");
		if (rs.getBoolean("twice") || rs.getBoolean("same_statement")) {
			return new Verdict.Duplicate("the statement carries this entry twice (same bank reference)");
		}
		if (!same && intraday) {
			return new Verdict.Changed("the bank reports " + currency + " " + amount + " value " + valueDate
					+ " for the entry " + where + " posted as " + originalAmount + " value " + originalValueDate);
		}
		if (!intraday) {
			return new Verdict.Duplicate("the same entry was already posted from " + where
					+ (same ? "" : " (there " + originalAmount + ")") + ": the statement was delivered again");
		}
		return new Verdict.Confirmed(original);
	}

	private static Missing missing(ResultSet rs, int row) throws SQLException {
		return new Missing(rs.getLong("transaction_id"),
				"posted from intraday report " + rs.getString("intraday_file") + ", but the end-of-day statement "
						+ rs.getString("statement_file") + " of " + rs.getObject("booking_date", LocalDate.class)
						+ " for " + rs.getString("account") + " does not carry this "
						+ rs.getBigDecimal("amount").toPlainString() + " " + rs.getString("currency").trim()
						+ ": the bank may have reversed it");
	}

	/** What a later report's entry is to the entry that posted the same money. */
	public sealed interface Verdict {

		/** The same entry, unchanged: nothing to do but record it. */
		record Confirmed(long originalTransactionId) implements Verdict {

		}

		/** The same entry, but the bank now reports another amount or value date. */
		record Changed(String detail) implements Verdict {

		}

		/** Not a later report of the entry: the same money delivered again. */
		record Duplicate(String detail) implements Verdict {

		}

	}

	/**
	 * An entry posted during the day that the end-of-day statement does not carry.
	 *
	 * @param transactionId the intraday entry
	 * @param detail what is missing where, in words
	 */
	public record Missing(long transactionId, String detail) {

	}

}
