package io.cashpost.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Allocation rows: which part of a bank transaction went to which invoice or on account.
 * The database lets a row change only from posted to reversed.
 */
@Repository
class JdbcAllocations {

	/** The allocations of a chunk's entries, in one statement. */
	private static final String INSERT = """
			insert into allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency,
			                        applied_amount, discount_amount, write_off_amount, reason_code, rule, confidence,
			                        evidence, posted_at, credit_note_amount, deduction_amount, deduction_reason)
			select a.journal_entry_id, a.bank_transaction_id, a.invoice_id, a.customer_id, a.currency,
			       a.applied_amount, a.discount_amount, a.write_off_amount, a.reason_code, a.rule, a.confidence,
			       a.evidence, a.posted_at::timestamptz, a.credit_note_amount, a.deduction_amount, a.deduction_reason
			  from unnest(:entryIds::bigint[], :transactionIds::bigint[], :invoiceIds::bigint[], :customerIds::text[],
			              :currencies::text[], :applied::numeric[], :discounts::numeric[], :writeOffs::numeric[],
			              :reasonCodes::text[], :rules::text[], :confidences::numeric[], :evidence::text[],
			              :postedAts::text[], :credits::numeric[], :deductions::numeric[], :deductionReasons::text[])
			       as a(journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency, applied_amount,
			            discount_amount, write_off_amount, reason_code, rule, confidence, evidence, posted_at,
			            credit_note_amount, deduction_amount, deduction_reason)
			""";

	/**
	 * Marks an entry's allocations reversed and says what each had settled on which
	 * invoice.
	 */
	private static final String REVERSE = """
			update allocation
			   set status = 'reversed'
			 where journal_entry_id = :entryId and status = 'posted'
			returning invoice_id, applied_amount + discount_amount + write_off_amount + credit_note_amount as settled
			""";

	private final JdbcClient jdbc;

	JdbcAllocations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the allocations of posted entries, in one statement.
	 * @param posted each posting with the id its entry was given
	 */
	void insert(List<Posted> posted) {
		List<Row> rows = new ArrayList<>();
		for (Posted entry : posted) {
			for (Allocation allocation : entry.posting().allocations()) {
				rows.add(new Row(entry.entryId(), entry.posting().entry(), allocation));
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.sql(INSERT)
			.param("entryIds", SqlArrays.bigint(rows, Row::entryId))
			.param("transactionIds", SqlArrays.bigint(rows, (row) -> row.entry().bankTransactionId()))
			.param("invoiceIds", SqlArrays.bigint(rows, (row) -> row.allocation().invoiceId()))
			.param("customerIds", SqlArrays.text(rows, (row) -> row.allocation().customerId()))
			.param("currencies", SqlArrays.text(rows, (row) -> row.allocation().applied().currency().getCurrencyCode()))
			.param("applied", SqlArrays.numeric(rows, (row) -> row.allocation().applied().amount()))
			.param("discounts", SqlArrays.numeric(rows, (row) -> row.allocation().discount().amount()))
			.param("writeOffs", SqlArrays.numeric(rows, (row) -> row.allocation().writeOff().amount()))
			.param("reasonCodes", SqlArrays.text(rows, (row) -> row.allocation().reasonCode()))
			.param("rules", SqlArrays.text(rows, (row) -> row.allocation().rule()))
			.param("confidences", SqlArrays.numeric(rows, (row) -> BigDecimal.valueOf(row.allocation().confidence())))
			.param("evidence", SqlArrays.text(rows, (row) -> row.allocation().evidence()))
			.param("postedAts", SqlArrays.text(rows, (row) -> row.entry().postedAt().toString()))
			.param("credits", SqlArrays.numeric(rows, (row) -> row.allocation().credit().amount()))
			.param("deductions", SqlArrays.numeric(rows, (row) -> row.allocation().deduction().amount()))
			.param("deductionReasons", SqlArrays.text(rows, (row) -> row.allocation().deductionReason()))
			.update();
	}

	/**
	 * Reverses the entry's live allocations.
	 * @return what they had settled on invoices (money on account has no invoice and is
	 * left out)
	 */
	List<Settled> reverse(long journalEntryId) {
		return this.jdbc.sql(REVERSE)
			.param("entryId", journalEntryId)
			.query((rs, row) -> new Settled(rs.getLong("invoice_id"), rs.wasNull(), rs.getBigDecimal("settled")))
			.list()
			.stream()
			.filter((settled) -> !settled.onAccount())
			.toList();
	}

	/** A posting whose entry is in the journal now, under this id. */
	record Posted(long entryId, Posting posting) {
	}

	private record Row(long entryId, JournalEntry entry, Allocation allocation) {
	}

	/** What a reversed allocation had taken off an invoice's open amount. */
	record Settled(long invoiceId, boolean onAccount, BigDecimal amount) {
	}

}
