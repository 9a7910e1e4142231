package io.cashpost.settlement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stages a settlement report: its batches, then its rows a chunk at a time. A row is
 * keyed by the acquirer's own id: a row another report staged already is skipped, so
 * overlapping reports never stage or post it twice. A customer's payment and its refunds
 * and chargebacks are also staged as bank transactions, for matching to present to the
 * same engine as a bank payment: its account names the acquirer, whose clearing the money
 * is received on.
 */
@Repository
public class SettlementStaging {

	private static final String INSERT_BATCH = """
			insert into settlement_batch (file_id, acquirer, merchant_account, batch_ref, currency, row_count,
			                              gross_amount, fee_amount, net_amount, carried_in, carried_out, payout_amount,
			                              payout_reference, payout_date, balanced, status, created_at)
			values (:fileId, :acquirer, :merchantAccount, :batchRef, :currency, :rows,
			        :gross, :fees, :net, :carriedIn, :carriedOut, :payout,
			        :payoutReference, :payoutDate, :balanced, :status, :createdAt)
			on conflict (acquirer, merchant_account, batch_ref, currency) do nothing
			""";

	/**
	 * The row, unless another report staged it; and, for a customer's payment or its
	 * reversal, the bank transaction matching reads.
	 */
	private static final String INSERT_ROW = """
			with batch as (
			    select settlement_batch_id
			      from settlement_batch
			     where acquirer = :acquirer and merchant_account = :merchantAccount and batch_ref = :batchRef
			       and currency = :currency
			), row as (
			    insert into card_transaction (file_id, settlement_batch_id, row_index, line, own_key, acquirer, kind,
			                                  record_type, payment_reference, original_reference, merchant_references,
			                                  description, payer_name, payer_account, booking_date, gross_currency,
			                                  gross_amount, exchange_rate, currency, net_amount, fee_commission,
			                                  fee_markup, fee_scheme, fee_interchange, fee_other, payout_reference,
			                                  settlement_status)
			    select :fileId, b.settlement_batch_id, :rowIndex, :line, :ownKey, :acquirer, :kind,
			           :recordType, :paymentReference, :originalReference, string_to_array(:references, chr(31)),
			           :description, :payerName, :payerAccount, :bookingDate, :grossCurrency,
			           :grossAmount, :exchangeRate, :currency, :netAmount, :feeCommission,
			           :feeMarkup, :feeScheme, :feeInterchange, :feeOther, :payoutReference,
			           :settlementStatus
			      from batch b
			    on conflict (own_key) do nothing
			    returning card_transaction_id
			)
			insert into bank_transaction (file_id, statement_ref, entry_index, split_index, line, entry_ref, end_to_end_id,
			                              account, currency, amount, booking_date, value_date, entry_status, reversal,
			                              bank_transaction_code, debtor_name, debtor_account, referred_documents,
			                              remittance_text, source_key, match_status, card_transaction_id)
			select :fileId, :batchRef, :rowIndex, 0, :line, :entryRef, :endToEndId,
			       :clearing, :grossCurrency, :grossAmount, :bookingDate, :bookingDate, 'BOOKED', :reversal,
			       :code, :payerName, :payerAccount, string_to_array(:references, chr(31)),
			       :remittance, :sourceKey, 'new', r.card_transaction_id
			  from row r
			 where :matched
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SettlementStaging(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What a row's posting key is called: the same in every report that carries it. */
	public static String sourceKey(CardTransaction row) {
		return "card|" + row.key();
	}

	/**
	 * Stages the batches of a report, each once: a batch another report of the same
	 * acquirer staged already is kept as it is.
	 */
	public void stageBatches(long fileId, List<SettlementBatch> batches) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<MapSqlParameterSource> rows = new ArrayList<>();
		for (SettlementBatch batch : batches) {
			rows.add(new MapSqlParameterSource().addValue("fileId", fileId)
				.addValue("acquirer", batch.acquirer())
				.addValue("merchantAccount", batch.merchantAccount())
				.addValue("batchRef", batch.batchId())
				.addValue("currency", batch.currency().getCurrencyCode())
				.addValue("rows", batch.rows())
				.addValue("gross", batch.gross())
				.addValue("fees", batch.totalFees())
				.addValue("net", batch.net())
				.addValue("carriedIn", batch.carriedIn())
				.addValue("carriedOut", batch.carriedOut())
				.addValue("payout", batch.payout())
				.addValue("payoutReference", batch.payoutReference())
				.addValue("payoutDate", batch.payoutDate())
				.addValue("balanced", batch.balanced())
				// nothing to wait for when the balance is carried on
				.addValue("status", (batch.payout().signum() == 0) ? "paid" : "awaiting_payout")
				.addValue("createdAt", now));
		}
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_BATCH, rows.toArray(MapSqlParameterSource[]::new));
		}
	}

	/** Stages a chunk of rows in one round trip; rows staged before are skipped. */
	public void stage(long fileId, List<? extends CardTransaction> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(INSERT_ROW,
					rows.stream().map((row) -> row(fileId, row)).toArray(MapSqlParameterSource[]::new));
		}
	}

	/** Removes everything staged from a report that will not be ingested. */
	public void discard(long fileId) {
		MapSqlParameterSource file = new MapSqlParameterSource("fileId", fileId);
		this.jdbc.update("""
				delete from bank_transaction
				 where card_transaction_id in (select card_transaction_id from card_transaction where file_id = :fileId)
				""", file);
		this.jdbc.update("delete from card_transaction where file_id = :fileId", file);
		this.jdbc.update("""
				delete from settlement_batch b
				 where b.file_id = :fileId
				   and not exists (select 1 from card_transaction c where c.settlement_batch_id = b.settlement_batch_id)
				""", file);
	}

	private static MapSqlParameterSource row(long fileId, CardTransaction row) {
		boolean matched = row.kind().isCustomerPayment() || row.kind().isReversal();
		return new MapSqlParameterSource().addValue("fileId", fileId)
			.addValue("acquirer", row.acquirer())
			.addValue("merchantAccount", row.merchantAccount())
			.addValue("batchRef", row.batchId())
			.addValue("currency", row.net().currency().getCurrencyCode())
			.addValue("rowIndex", row.rowIndex())
			.addValue("line", row.line())
			.addValue("ownKey", row.key())
			.addValue("kind", row.kind().code())
			.addValue("recordType", row.recordType())
			.addValue("paymentReference", row.paymentReference())
			.addValue("originalReference", row.originalReference())
			.addValue("references", String.join("\u001f", row.merchantReferences()))
			.addValue("description", row.description())
			.addValue("payerName", row.payerName())
			.addValue("payerAccount", row.payerAccount())
			.addValue("bookingDate", row.bookingDate())
			.addValue("grossCurrency", row.gross().currency().getCurrencyCode())
			.addValue("grossAmount", row.gross().amount())
			.addValue("exchangeRate", row.exchangeRate())
			.addValue("netAmount", row.net().amount())
			.addValue("feeCommission", fee(row, FeeKind.COMMISSION))
			.addValue("feeMarkup", fee(row, FeeKind.MARKUP))
			.addValue("feeScheme", fee(row, FeeKind.SCHEME))
			.addValue("feeInterchange", fee(row, FeeKind.INTERCHANGE))
			.addValue("feeOther", fee(row, FeeKind.OTHER))
			.addValue("payoutReference", row.payoutReference())
			.addValue("settlementStatus", row.kind().isBookkeeping() ? "none" : "new")
			.addValue("matched", matched)
			.addValue("entryRef", (row.paymentReference() != null) ? row.paymentReference() : row.ownId())
			.addValue("endToEndId",
					(row.originalReference() != null && !row.kind().equals(RecordKind.SALE)) ? row.originalReference()
							: row.paymentReference())
			.addValue("clearing", row.acquirer())
			.addValue("reversal", row.kind().isReversal())
			.addValue("code", row.acquirer() + ":" + row.recordType())
			.addValue("remittance", remittance(row))
			.addValue("sourceKey", sourceKey(row));
	}

	/** The merchant's references and the row's text, for matching to search. */
	private static String remittance(CardTransaction row) {
		List<String> parts = new ArrayList<>(row.merchantReferences());
		if (row.description() != null && !row.description().isBlank()) {
			parts.add(row.description());
		}
		return String.join(" ", parts);
	}

	private static BigDecimal fee(CardTransaction row, FeeKind kind) {
		return row.fees().getOrDefault(kind, BigDecimal.ZERO);
	}

}
