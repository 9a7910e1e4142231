package io.cashpost.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cashpost.database.SqlArrays;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.RemittanceJson;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementSummary;
import io.cashpost.statement.StatementWarning;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Bank transactions and statements read from a file, staged for matching. Writing the
 * same part twice (a chunk re-written after a crash) changes nothing.
 */
@Repository
public class StagedTransactions {

	/**
	 * A chunk's transactions in one statement, column by column: a row-by-row batch cost
	 * three times as much, on both sides of the connection.
	 */
	private static final String INSERT_TRANSACTIONS = """
			insert into bank_transaction (file_id, statement_ref, entry_index, split_index, line, entry_ref,
			                              end_to_end_id, account, currency, amount, booking_date, value_date,
			                              entry_status, reversal, bank_transaction_code, debtor_name, debtor_account,
			                              creditor_reference, referred_documents, remittance_text, source_key,
			                              match_status, remittance_lines)
			select :fileId, t.statement_ref, t.entry_index, t.split_index, t.line, t.entry_ref,
			       t.end_to_end_id, t.account, t.currency, t.amount, t.booking_date::date, t.value_date::date,
			       t.entry_status, t.reversal, t.bank_transaction_code, t.debtor_name, t.debtor_account,
			       t.creditor_reference, string_to_array(t.referred_documents, chr(31)), t.remittance_text, t.source_key,
			       'new', t.remittance_lines::jsonb
			  from unnest(:statementRefs::text[], :entryIndexes::int[], :splitIndexes::int[], :lines::bigint[],
			              :entryRefs::text[], :endToEndIds::text[], :accounts::text[], :currencies::text[],
			              :amounts::numeric[], :bookingDates::text[], :valueDates::text[], :entryStatuses::text[],
			              :reversals::boolean[], :bankTransactionCodes::text[], :debtorNames::text[],
			              :debtorAccounts::text[], :creditorReferences::text[], :referredDocuments::text[],
			              :remittanceTexts::text[], :sourceKeys::text[], :remittanceLines::text[])
			       as t(statement_ref, entry_index, split_index, line, entry_ref, end_to_end_id, account, currency,
			            amount, booking_date, value_date, entry_status, reversal, bank_transaction_code, debtor_name,
			            debtor_account, creditor_reference, referred_documents, remittance_text, source_key,
			            remittance_lines)
			on conflict (file_id, entry_index, split_index) do nothing
			""";

	private static final String INSERT_STATEMENT = """
			insert into bank_statement (file_id, statement_ref, account, currency, opening_balance, closing_balance,
			                            entries, credit_sum, debit_sum)
			values (:fileId, :statementRef, :account, :currency, :openingBalance, :closingBalance,
			        :entries, :creditSum, :debitSum)
			on conflict (file_id, statement_ref) do nothing
			""";

	/**
	 * Adds a chunk's warnings to its file, once: a chunk written again after a crash
	 * finds them there already.
	 */
	private static final String ADD_WARNINGS = """
			update statement_file
			   set warnings = warnings || cast(:warnings as jsonb)
			 where file_id = :fileId
			   and not warnings @> cast(:warnings as jsonb)
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;

	StagedTransactions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stages the parts in two batched statements, one round trip per table, and keeps the
	 * statements' warnings with the file.
	 */
	public void stage(long fileId, List<? extends StatementPart> parts) {
		List<BankTransaction> transactions = new ArrayList<>();
		List<MapSqlParameterSource> statements = new ArrayList<>();
		List<Map<String, String>> warnings = new ArrayList<>();
		for (StatementPart part : parts) {
			if (part instanceof BankTransaction transaction) {
				transactions.add(transaction);
			}
			else if (part instanceof StatementSummary summary) {
				statements.add(statementRow(fileId, summary));
				summary.warnings().forEach((warning) -> warnings.add(warningObject(warning)));
			}
		}
		if (!transactions.isEmpty()) {
			this.jdbc.update(INSERT_TRANSACTIONS, transactionColumns(fileId, transactions));
		}
		if (!statements.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_STATEMENT, statements.toArray(MapSqlParameterSource[]::new));
		}
		if (!warnings.isEmpty()) {
			this.jdbc.update(ADD_WARNINGS, new MapSqlParameterSource("fileId", fileId).addValue("warnings",
					JSON.writeValueAsString(warnings)));
		}
	}

	/**
	 * A warning as stored: without the file's name, which the reader may know only as the
	 * archived copy's.
	 */
	private static Map<String, String> warningObject(StatementWarning warning) {
		Map<String, String> object = new LinkedHashMap<>();
		object.put("position", warning.position());
		object.put("message", warning.message());
		return object;
	}

	/** Removes everything staged from a file that will not be ingested. */
	public void discard(long fileId) {
		MapSqlParameterSource file = new MapSqlParameterSource("fileId", fileId);
		this.jdbc.update("delete from bank_transaction where file_id = :fileId", file);
		this.jdbc.update("delete from bank_statement where file_id = :fileId", file);
	}

	/** Records what matching did with a transaction. */
	public void markMatchStatus(long transactionId, String status) {
		this.jdbc.update("update bank_transaction set match_status = :status where transaction_id = :id",
				new MapSqlParameterSource("status", status).addValue("id", transactionId));
	}

	/**
	 * Records what matching did with a chunk's transactions, in one statement.
	 * @param statuses the new status by transaction id
	 */
	public void markMatchStatuses(Map<Long, String> statuses) {
		if (statuses.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, String>> rows = List.copyOf(statuses.entrySet());
		this.jdbc.update("""
				update bank_transaction t
				   set match_status = s.status
				  from unnest(:ids::bigint[], :statuses::text[]) as s(transaction_id, status)
				 where t.transaction_id = s.transaction_id
				""", new MapSqlParameterSource("ids", SqlArrays.bigint(rows, Map.Entry::getKey)).addValue("statuses",
				SqlArrays.text(rows, Map.Entry::getValue)));
	}

	/**
	 * What the same money is called in any file that carries it. The bank's own reference
	 * of an entry is unique on the account, so an intraday report, the end-of-day
	 * statement and a file delivered again all give the same key and the money is posted
	 * once. Without a reference the statement and the entry's position stand in.
	 */
	static String sourceKey(BankTransaction transaction) {
		String split = Integer.toString(transaction.splitIndex());
		if (transaction.entryRef() != null && !transaction.entryRef().isBlank()) {
			return String.join("|", String.valueOf(transaction.account()), "ref", transaction.entryRef(), split);
		}
		return String.join("|", String.valueOf(transaction.account()), "stmt", transaction.statementRef(),
				Integer.toString(transaction.entryIndex()), split);
	}

	private static MapSqlParameterSource transactionColumns(long fileId, List<BankTransaction> rows) {
		return new MapSqlParameterSource().addValue("fileId", fileId)
			.addValue("statementRefs", SqlArrays.text(rows, BankTransaction::statementRef))
			.addValue("entryIndexes", SqlArrays.integer(rows, BankTransaction::entryIndex))
			.addValue("splitIndexes", SqlArrays.integer(rows, BankTransaction::splitIndex))
			.addValue("lines", SqlArrays.bigint(rows, BankTransaction::line))
			.addValue("entryRefs", SqlArrays.text(rows, BankTransaction::entryRef))
			.addValue("endToEndIds", SqlArrays.text(rows, BankTransaction::endToEndId))
			.addValue("accounts", SqlArrays.text(rows, BankTransaction::account))
			.addValue("currencies", SqlArrays.text(rows, (t) -> t.amount().currency().getCurrencyCode()))
			.addValue("amounts", SqlArrays.numeric(rows, (t) -> t.amount().amount()))
			.addValue("bookingDates", SqlArrays.text(rows, (t) -> Objects.toString(t.bookingDate(), null)))
			.addValue("valueDates", SqlArrays.text(rows, (t) -> Objects.toString(t.valueDate(), null)))
			.addValue("entryStatuses", SqlArrays.text(rows, (t) -> t.status().name()))
			.addValue("reversals", SqlArrays.bool(rows, BankTransaction::reversal))
			.addValue("bankTransactionCodes", SqlArrays.text(rows, BankTransaction::bankTransactionCode))
			.addValue("debtorNames", SqlArrays.text(rows, BankTransaction::debtorName))
			.addValue("debtorAccounts", SqlArrays.text(rows, BankTransaction::debtorAccount))
			.addValue("creditorReferences", SqlArrays.text(rows, (t) -> t.remittance().creditorReference()))
			.addValue("referredDocuments",
					SqlArrays.text(rows, (t) -> String.join("\u001f", t.remittance().referredDocuments())))
			.addValue("remittanceTexts", SqlArrays.text(rows, (t) -> t.remittance().text()))
			.addValue("sourceKeys", SqlArrays.text(rows, StagedTransactions::sourceKey))
			.addValue("remittanceLines", SqlArrays.text(rows,
					(t) -> t.remittance().lines().isEmpty() ? null : RemittanceJson.write(t.remittance().lines())));
	}

	private static MapSqlParameterSource statementRow(long fileId, StatementSummary s) {
		return new MapSqlParameterSource().addValue("fileId", fileId)
			.addValue("statementRef", s.statementRef())
			.addValue("account", s.account())
			.addValue("currency", (s.currency() != null) ? s.currency().getCurrencyCode() : null)
			.addValue("openingBalance", s.openingBalance())
			.addValue("closingBalance", s.closingBalance())
			.addValue("entries", s.entries())
			.addValue("creditSum", s.creditSum())
			.addValue("debitSum", s.debitSum());
	}

}
