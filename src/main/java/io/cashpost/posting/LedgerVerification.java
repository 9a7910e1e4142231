package io.cashpost.posting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the ledger against itself and against the bank: every entry balances, open
 * amounts agree with allocations and with the journal, the cash posted equals the booked
 * credits of the ingested statements, every reversal mirrors the entry it names, and
 * suspense holds exactly the money of the open exceptions.
 */
@Service
public class LedgerVerification {

	private static final int MAX_LINES_PER_CHECK = 20;

	private final JdbcClient jdbc;

	private final LedgerProperties accounts;

	LedgerVerification(JdbcClient jdbc, LedgerProperties accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Runs every check on one snapshot of the database. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public LedgerCheck verify() {
		List<String> disagreements = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		summary.add(entries(disagreements));
		summary.add(invoices(disagreements));
		summary.addAll(cash(disagreements));
		summary.add(reversals(disagreements));
		summary.add(suspense(disagreements));
		return new LedgerCheck(disagreements, summary);
	}

	private String entries(List<String> disagreements) {
		this.jdbc.sql(LedgerQueries.UNBALANCED_ENTRIES)
			.query((rs, row) -> "journal entry " + rs.getLong("journal_entry_id") + " (" + rs.getString("posting_key")
					+ ") does not balance: debits " + plain(rs, "debits") + ", credits " + plain(rs, "credits") + " in "
					+ rs.getInt("lines") + " lines")
			.list()
			.forEach(disagreements::add);
		long entries = this.jdbc.sql("select count(*) from journal_entry").query(Long.class).single();
		return "journal: " + entries + " entries, each balanced";
	}

	private String invoices(List<String> disagreements) {
		this.jdbc.sql(LedgerQueries.INVOICES_DISAGREEING)
			.param("receivables", this.accounts.receivables())
			.query((rs, row) -> "invoice " + rs.getString("invoice_number") + ": open " + plain(rs, "open_amount")
					+ ", but amount " + plain(rs, "amount") + " - settled outside Cashpost "
					+ plain(rs, "settled_outside") + " - live allocations " + plain(rs, "allocated") + " = "
					+ plain(rs, "expected") + "; the journal credits its receivable with " + plain(rs, "journal"))
			.list()
			.forEach(disagreements::add);
		Map<String, Object> counts = this.jdbc.sql(LedgerQueries.INVOICE_STATUSES).query().singleRow();
		return "invoices: " + counts.get("invoices") + " agree with their allocations and the journal ("
				+ counts.get("open") + " open, " + counts.get("partially_paid") + " partially paid, "
				+ counts.get("paid") + " paid)";
	}

	private List<String> cash(List<String> disagreements) {
		List<String> summary = new ArrayList<>();
		this.jdbc.sql(LedgerQueries.CASH_BY_ACCOUNT).param("cash", this.accounts.cash()).query((rs) -> {
			String account = rs.getString("account").isEmpty() ? "(no account)" : rs.getString("account");
			String where = "cash " + account + " " + rs.getString("currency");
			boolean credits = rs.getBigDecimal("stated_credits").compareTo(rs.getBigDecimal("posted_debits")) == 0;
			boolean returns = rs.getBigDecimal("stated_returns").compareTo(rs.getBigDecimal("posted_credits")) == 0;
			if (!credits) {
				disagreements.add(where + ": the ingested statements' booked credits are " + plain(rs, "stated_credits")
						+ " (" + rs.getLong("credit_count") + " transactions), the cash posted in is "
						+ plain(rs, "posted_debits"));
			}
			if (!returns) {
				disagreements.add(where + ": returns reversed per the statements are " + plain(rs, "stated_returns")
						+ ", the cash posted out is " + plain(rs, "posted_credits"));
			}
			if (credits && returns) {
				summary.add(where + ": " + plain(rs, "posted_debits") + " posted in = booked credits of "
						+ rs.getLong("credit_count") + " transactions, " + plain(rs, "posted_credits") + " returned");
			}
		});
		unpostedCredits(disagreements);
		return summary.isEmpty() ? List.of("cash: no booked credits ingested yet") : summary;
	}

	private void unpostedCredits(List<String> disagreements) {
		this.jdbc.sql(LedgerQueries.UNPOSTED_CREDITS)
			.param("limit", MAX_LINES_PER_CHECK)
			.query((rs, row) -> "transaction " + rs.getLong("transaction_id") + " (" + rs.getString("file_name")
					+ ", entry " + rs.getString("entry_ref") + ", " + rs.getString("currency") + " "
					+ plain(rs, "amount") + ", " + rs.getString("match_status")
					+ ") is a booked credit in no journal entry"
					+ ((rs.getLong("total") > MAX_LINES_PER_CHECK) ? " (" + rs.getLong("total") + " such in all)" : ""))
			.list()
			.forEach(disagreements::add);
	}

	private String reversals(List<String> disagreements) {
		this.jdbc.sql(LedgerQueries.REVERSALS_NOT_MIRRORING)
			.query((rs, row) -> "reversal entry " + rs.getLong("journal_entry_id") + " (" + rs.getString("posting_key")
					+ ") " + rs.getString("problem"))
			.list()
			.forEach(disagreements::add);
		this.jdbc.sql(LedgerQueries.ALLOCATIONS_DISAGREEING)
			.query((rs, row) -> "allocation " + rs.getLong("allocation_id") + " is " + rs.getString("status")
					+ ", but its entry " + rs.getLong("journal_entry_id")
					+ (rs.getBoolean("entry_reversed") ? " was reversed" : " is in force"))
			.list()
			.forEach(disagreements::add);
		long reversals = this.jdbc.sql("select count(*) from journal_entry where kind = 'reversal'")
			.query(Long.class)
			.single();
		return "reversals: " + reversals + ", each mirroring the entry it names, its allocations reversed";
	}

	private String suspense(List<String> disagreements) {
		List<String> held = new ArrayList<>();
		this.jdbc.sql(LedgerQueries.SUSPENSE).param("suspense", this.accounts.suspense()).query((rs) -> {
			if (rs.getBigDecimal("balance").compareTo(rs.getBigDecimal("held")) != 0) {
				disagreements.add("suspense " + rs.getString("currency") + ": the balance is " + plain(rs, "balance")
						+ ", the open exceptions hold " + plain(rs, "held") + " (" + rs.getLong("items") + " items)");
			}
			else {
				held.add(rs.getString("currency") + " " + plain(rs, "held") + " for " + rs.getLong("items"));
			}
		});
		return "suspense: " + (held.isEmpty() ? "empty" : String.join(", ", held) + " open exceptions");
	}

	/** An amount of the row's currency, in that currency's decimals. */
	private static String plain(ResultSet rs, String column) throws SQLException {
		return Money.of(rs.getBigDecimal(column), rs.getString("currency")).inCurrencyScale().toPlainString();
	}

}
