package io.cashpost.posting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Allocation rows: which part of a bank transaction went to which invoice or on account.
 */
@Repository
class JdbcAllocations {

	private static final String INSERT = """
			insert into allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency,
			                        applied_amount, discount_amount, write_off_amount, reason_code, rule, confidence,
			                        evidence, posted_at)
			values (:journalEntryId, :transactionId, :invoiceId, :customerId, :currency,
			        :applied, :discount, :writeOff, :reasonCode, :rule, :confidence,
			        :evidence, :postedAt)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcAllocations(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long journalEntryId, AutoPost decision, Instant postedAt) {
		List<MapSqlParameterSource> rows = new java.util.ArrayList<>();
		for (ProposedAllocation allocation : decision.allocations()) {
			rows.add(row(journalEntryId, decision, postedAt).addValue("invoiceId", allocation.invoiceId())
				.addValue("customerId", allocation.customerId())
				.addValue("applied", allocation.applied().amount())
				.addValue("discount", allocation.discount().amount())
				.addValue("writeOff", allocation.writeOff().amount())
				.addValue("reasonCode", allocation.reasonCode()));
		}
		Money onAccount = decision.onAccount();
		if (!onAccount.isZero()) {
			rows.add(row(journalEntryId, decision, postedAt).addValue("invoiceId", null)
				.addValue("customerId", decision.onAccountCustomerId())
				.addValue("applied", onAccount.amount())
				.addValue("discount", BigDecimal.ZERO)
				.addValue("writeOff", BigDecimal.ZERO)
				.addValue("reasonCode", "overpayment"));
		}
		this.jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
	}

	private static MapSqlParameterSource row(long journalEntryId, AutoPost decision, Instant postedAt) {
		return new MapSqlParameterSource().addValue("journalEntryId", journalEntryId)
			.addValue("transactionId", decision.payment().transactionId())
			.addValue("currency", decision.payment().amount().currency().getCurrencyCode())
			.addValue("rule", decision.rule())
			.addValue("confidence", BigDecimal.valueOf(decision.confidence()))
			.addValue("evidence", decision.evidence())
			.addValue("postedAt", Timestamp.from(postedAt));
	}

}
