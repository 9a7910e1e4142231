package io.cashpost.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.cashpost.matching.Payment;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;

/** The queries {@link Payouts} runs besides its own few, and what they map to. */
final class PayoutQueries {

	/** Acquirers' credits queued because no report explained them, booked to clearing. */
	static final String OPEN_ORPHANS = """
			select t.transaction_id, t.source_key, t.account, t.currency, t.amount, t.value_date, t.booking_date,
			       t.debtor_name, t.debtor_account, t.remittance_text, t.creditor_reference, t.referred_documents,
			       t.bank_transaction_code
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			 where e.reason = 'orphan_acquirer_credit' and e.status = 'open' and e.suspense_entry_id is null
			 order by t.transaction_id
			""";

	static final String OVERDUE = """
			select settlement_batch_id, acquirer, batch_ref, currency, payout_amount, payout_reference, payout_date,
			       payout_transaction_id
			  from settlement_batch
			 where status = 'awaiting_payout' and payout_amount <> 0 and payout_date < :due
			   and (payout_transaction_id is null
			        or not exists (select 1 from exception_item e where e.bank_transaction_id = payout_transaction_id))
			 order by settlement_batch_id
			""";

	/**
	 * An information-only line for each overdue payout, for its exception to hang on: the
	 * expected amount, never booked.
	 */
	static final String EXPECTATIONS = """
			with created as (
			    insert into bank_transaction (file_id, statement_ref, entry_index, split_index, line, entry_ref, account,
			                                  currency, amount, booking_date, value_date, entry_status, reversal,
			                                  bank_transaction_code, remittance_text, source_key, match_status)
			    select b.file_id, b.batch_ref, -b.settlement_batch_id, 0, 0, coalesce(b.payout_reference, b.batch_ref),
			           b.acquirer, b.currency, b.payout_amount, b.payout_date, b.payout_date, 'INFO', false,
			           b.acquirer || ':payout', 'expected payout of batch ' || b.batch_ref,
			           'card|' || b.acquirer || ':payout|' || b.merchant_account || '|' || b.batch_ref || '|' || b.currency,
			           'exception'
			      from settlement_batch b
			     where b.status = 'awaiting_payout' and b.payout_amount <> 0 and b.payout_date < :due
			       and b.payout_transaction_id is null
			    returning transaction_id, entry_index
			)
			update settlement_batch b
			   set payout_transaction_id = c.transaction_id
			  from created c
			 where b.settlement_batch_id = -c.entry_index
			""";

	static final String EXPECTATION_IDS = """
			select settlement_batch_id, payout_transaction_id as transaction_id
			  from settlement_batch
			 where status = 'awaiting_payout' and payout_date < :due and payout_transaction_id is not null
			""";

	private PayoutQueries() {
	}

	static AwaitedPayout awaited(ResultSet rs, int row) throws SQLException {
		long payoutTransactionId = rs.getLong("payout_transaction_id");
		return new AwaitedPayout(rs.getLong("settlement_batch_id"), rs.getString("acquirer"), rs.getString("batch_ref"),
				rs.getString("currency"), rs.getBigDecimal("payout_amount"), rs.getString("payout_reference"),
				rs.getObject("payout_date", LocalDate.class), rs.wasNull() ? null : payoutTransactionId);
	}

	static Payment payment(ResultSet rs, int row) throws SQLException {
		LocalDate valueDate = rs.getObject("value_date", LocalDate.class);
		String text = rs.getString("remittance_text");
		String[] documents = (String[]) rs.getArray("referred_documents").getArray();
		RemittanceInfo remittance = new RemittanceInfo((text == null || text.isEmpty()) ? List.of() : List.of(text),
				rs.getString("creditor_reference"), Arrays.asList(documents));
		return new Payment(rs.getLong("transaction_id"), rs.getString("source_key"), rs.getString("account"),
				Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
				(valueDate != null) ? valueDate : rs.getObject("booking_date", LocalDate.class), EntryStatus.BOOKED,
				false, rs.getString("debtor_name"), rs.getString("debtor_account"), remittance,
				rs.getString("bank_transaction_code"));
	}

}
