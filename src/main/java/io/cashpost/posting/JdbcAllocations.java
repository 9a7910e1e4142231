package io.cashpost.posting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Allocation rows: which part of a bank transaction went to which invoice or on account.
 * The database lets a row change only from posted to reversed.
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

	/**
	 * Marks an entry's allocations reversed and says what each had settled on which
	 * invoice.
	 */
	private static final String REVERSE = """
			update allocation
			   set status = 'reversed'
			 where journal_entry_id = :entryId and status = 'posted'
			returning invoice_id, applied_amount + discount_amount + write_off_amount as settled
			""";

	private final NamedParameterJdbcTemplate jdbc;

	JdbcAllocations(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long journalEntryId, AutoPost decision, Instant postedAt) {
		List<Share> shares = new ArrayList<>();
		for (ProposedAllocation allocation : decision.allocations()) {
			shares.add(new Share(allocation.invoiceId(), allocation.customerId(), allocation.applied(),
					allocation.discount(), allocation.writeOff(), allocation.reasonCode()));
		}
		if (!decision.onAccount().isZero()) {
			shares.add(Share.onAccount(decision.onAccountCustomerId(), decision.onAccount(), "overpayment"));
		}
		insert(new Source(journalEntryId, decision.payment().transactionId(), decision.rule(), decision.confidence(),
				decision.evidence(), postedAt), shares);
	}

	void insert(Source source, List<Share> shares) {
		List<MapSqlParameterSource> rows = new ArrayList<>(shares.size());
		for (Share share : shares) {
			rows.add(new MapSqlParameterSource().addValue("journalEntryId", source.journalEntryId())
				.addValue("transactionId", source.transactionId())
				.addValue("currency", share.applied().currency().getCurrencyCode())
				.addValue("rule", source.rule())
				.addValue("confidence", BigDecimal.valueOf(source.confidence()))
				.addValue("evidence", source.evidence())
				.addValue("postedAt", Timestamp.from(source.postedAt()))
				.addValue("invoiceId", share.invoiceId())
				.addValue("customerId", share.customerId())
				.addValue("applied", share.applied().amount())
				.addValue("discount", share.discount().amount())
				.addValue("writeOff", share.writeOff().amount())
				.addValue("reasonCode", share.reasonCode()));
		}
		this.jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Reverses the entry's live allocations.
	 * @return what they had settled on invoices (money on account has no invoice and is
	 * left out)
	 */
	List<Settled> reverse(long journalEntryId) {
		return this.jdbc
			.query(REVERSE, new MapSqlParameterSource("entryId", journalEntryId),
					(rs, row) -> new Settled(rs.getLong("invoice_id"), rs.wasNull(), rs.getBigDecimal("settled")))
			.stream()
			.filter((settled) -> !settled.onAccount())
			.toList();
	}

	/**
	 * Where allocation rows come from.
	 *
	 * @param journalEntryId the entry that posted them
	 * @param transactionId the bank transaction whose money they place
	 * @param rule the matching rule, or {@code manual}
	 * @param confidence how sure, 0 to 1
	 * @param evidence what was seen, or who decided
	 * @param postedAt when
	 */
	record Source(long journalEntryId, long transactionId, String rule, double confidence, String evidence,
			Instant postedAt) {
	}

	/**
	 * One allocation row: part of the money to an invoice, or on account when the invoice
	 * is {@code null}.
	 */
	record Share(Long invoiceId, String customerId, Money applied, Money discount, Money writeOff, String reasonCode) {

		static Share onAccount(String customerId, Money amount, String reasonCode) {
			Money zero = Money.zero(amount.currency());
			return new Share(null, customerId, amount, zero, zero, reasonCode);
		}

	}

	/** What a reversed allocation had taken off an invoice's open amount. */
	record Settled(long invoiceId, boolean onAccount, BigDecimal amount) {
	}

}
