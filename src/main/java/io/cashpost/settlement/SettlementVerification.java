package io.cashpost.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.posting.LedgerCheck;
import io.cashpost.posting.LedgerProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks each acquirer's clearing against its reports and the bank: its balance must be
 * what the staged report rows add up to less the payouts received, which is what the
 * batches settled and not yet paid out hold; and every row's settlement entry must be
 * posted.
 */
@Service
public class SettlementVerification {

	/**
	 * Per acquirer and currency: the clearing's balance in the journal, what the report
	 * rows add up to (net, in the settlement currency), the payouts received from the
	 * bank, and the batches still awaited.
	 */
	private static final String CLEARING = """
			with rows as (
			    select c.acquirer, c.currency, sum(c.net_amount) as net
			      from card_transaction c
			      join statement_file f on f.file_id = c.file_id
			     where f.status = 'ingested' and c.kind not in ('payout', 'balance_transfer', 'info')
			     group by c.acquirer, c.currency
			), journal as (
			    select substr(l.account_code, length(:clearing) + 2) as acquirer, e.currency,
			           sum(l.debit) - sum(l.credit) as balance,
			           coalesce(sum(l.credit - l.debit)
			                    filter (where t.transaction_id is not null and t.card_transaction_id is null), 0)
			               as paid_out
			      from journal_line l
			      join journal_entry e on e.journal_entry_id = l.journal_entry_id
			      left join bank_transaction t on t.transaction_id = e.bank_transaction_id
			     where l.account_code like :clearing || ':%'
			     group by 1, 2
			), awaited as (
			    select acquirer, currency, count(*) as batches, sum(payout_amount) as amount
			      from settlement_batch
			     where status <> 'paid'
			     group by acquirer, currency
			)
			select coalesce(r.acquirer, j.acquirer, a.acquirer) as acquirer,
			       coalesce(r.currency, j.currency, a.currency) as currency,
			       coalesce(r.net, 0) as rows_net, coalesce(j.balance, 0) as balance,
			       coalesce(j.paid_out, 0) as paid_out, coalesce(a.batches, 0) as batches,
			       coalesce(a.amount, 0) as awaited
			  from rows r
			  full join journal j on j.acquirer = r.acquirer and j.currency = r.currency
			  full join awaited a on a.acquirer = coalesce(r.acquirer, j.acquirer)
			                     and a.currency = coalesce(r.currency, j.currency)
			 order by 1, 2
			""";

	private static final String UNSETTLED = """
			select count(*) from card_transaction c join statement_file f on f.file_id = c.file_id
			 where f.status = 'ingested' and c.settlement_status = 'new'
			""";

	private final JdbcClient jdbc;

	private final LedgerProperties accounts;

	SettlementVerification(JdbcClient jdbc, LedgerProperties accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Runs the checks on one snapshot of the database. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public LedgerCheck verify() {
		List<String> disagreements = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		this.jdbc.sql(CLEARING).param("clearing", this.accounts.cardClearing()).query((rs) -> {
			check(rs, disagreements, summary);
		});
		long unsettled = this.jdbc.sql(UNSETTLED).query(Long.class).single();
		if (unsettled > 0) {
			disagreements.add(unsettled + " settlement report rows have no settlement entry posted yet");
		}
		return new LedgerCheck(disagreements, summary);
	}

	private void check(ResultSet rs, List<String> disagreements, List<String> summary) throws SQLException {
		String where = "card clearing " + this.accounts.cardClearing() + ":" + rs.getString("acquirer") + " "
				+ rs.getString("currency");
		BigDecimal expected = rs.getBigDecimal("rows_net").subtract(rs.getBigDecimal("paid_out"));
		if (rs.getBigDecimal("balance").compareTo(expected) != 0) {
			disagreements.add(where + ": the balance is " + plain(rs, "balance") + ", but the report rows add up to "
					+ plain(rs, "rows_net") + " and " + plain(rs, "paid_out") + " was paid out: "
					+ plain(rs.getString("currency"), expected) + " expected");
			return;
		}
		summary.add(where + ": " + plain(rs, "balance") + " = report rows " + plain(rs, "rows_net") + " - payouts "
				+ plain(rs, "paid_out") + "; " + rs.getLong("batches") + " batches awaiting payout ("
				+ plain(rs, "awaited") + ")");
	}

	private static String plain(ResultSet rs, String column) throws SQLException {
		return plain(rs.getString("currency"), rs.getBigDecimal(column));
	}

	private static String plain(String currency, BigDecimal amount) {
		return Money.of(amount, currency).inCurrencyScale().toPlainString();
	}

}
