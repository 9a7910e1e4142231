package io.cashpost.exceptionqueue;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.Suggestion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The work list of payments a person must place, each with its reason and ranked
 * suggestions, and the receipt that holds its money in suspense meanwhile.
 */
@Service
public class ExceptionQueue {

	private static final String INSERT = """
			insert into exception_item (bank_transaction_id, reason, detail, suggestions, suspense_entry_id, created_at)
			values (:transactionId, :reason, :detail, cast(:suggestions as jsonb), :suspenseEntryId, :createdAt)
			on conflict (bank_transaction_id) do nothing
			""";

	private static final String INSERT_ALL = """
			insert into exception_item (bank_transaction_id, reason, detail, suggestions, suspense_entry_id, created_at)
			select r.transaction_id, r.reason, r.detail, r.suggestions::jsonb, r.suspense_entry_id, :createdAt
			  from unnest(:transactionIds::bigint[], :reasons::text[], :details::text[], :suggestions::text[],
			              :suspenseEntryIds::bigint[])
			       with ordinality as r(transaction_id, reason, detail, suggestions, suspense_entry_id, position)
			 order by r.position
			on conflict (bank_transaction_id) do nothing
			""";

	private static final String RECORD_RETURNED = """
			insert into exception_resolution (exception_id, kind, detail, journal_entry_id, resolved_by, resolved_at)
			select exception_id, 'returned', :detail, :entryId, 'cashpost', :resolvedAt
			  from exception_item
			 where bank_transaction_id = :transactionId and status = 'open'
			on conflict (exception_id) do nothing
			""";

	private static final String CLOSE = """
			update exception_item set status = 'resolved' where bank_transaction_id = :transactionId and status = 'open'
			""";

	private static final String RECORD_FOUND = """
			insert into exception_resolution (exception_id, kind, detail, resolved_by, resolved_at)
			select e.exception_id, 'payout_found', f.detail, 'cashpost', :resolvedAt
			  from unnest(:transactionIds::bigint[], :details::text[]) as f(transaction_id, detail)
			  join exception_item e on e.bank_transaction_id = f.transaction_id and e.status = 'open'
			on conflict (exception_id) do nothing
			""";

	private static final String CLOSE_ALL = """
			update exception_item set status = 'resolved'
			 where bank_transaction_id = any (:transactionIds::bigint[]) and status = 'open'
			""";

	private static final String RECORD_EXPLAINED = """
			insert into exception_resolution (exception_id, kind, detail, journal_entry_id, resolved_by, resolved_at)
			select e.exception_id, 'remittance_advice', x.detail, x.entry_id, 'cashpost', :resolvedAt
			  from unnest(:transactionIds::bigint[], :details::text[], :entryIds::bigint[]) as x(transaction_id, detail, entry_id)
			  join exception_item e on e.bank_transaction_id = x.transaction_id and e.status = 'open'
			on conflict (exception_id) do nothing
			""";

	private static final String RECONSIDER = """
			update exception_item e
			   set reason = r.reason, detail = r.detail, suggestions = r.suggestions::jsonb
			  from unnest(:transactionIds::bigint[], :reasons::text[], :details::text[], :suggestions::text[])
			       as r(transaction_id, reason, detail, suggestions)
			 where e.bank_transaction_id = r.transaction_id and e.status = 'open'
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	ExceptionQueue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Queues the transaction once; a second call for the same transaction changes
	 * nothing.
	 * @param suspenseEntryId the receipt that booked its money to suspense, or
	 * {@code null} when none did (a duplicate, a reversal)
	 */
	public void refer(long transactionId, ExceptionReason reason, String detail, List<Suggestion> suggestions,
			Long suspenseEntryId) {
		this.jdbc.sql(INSERT)
			.param("transactionId", transactionId)
			.param("reason", reason.code())
			.param("detail", detail)
			.param("suggestions", json(suggestions))
			.param("suspenseEntryId", suspenseEntryId)
			.param("createdAt", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Queues a chunk's referrals in one statement, in their order; a transaction queued
	 * before is left as it is.
	 */
	public void referAll(List<Referral> referrals) {
		if (referrals.isEmpty()) {
			return;
		}
		this.jdbc.sql(INSERT_ALL)
			.param("transactionIds", SqlArrays.bigint(referrals, Referral::transactionId))
			.param("reasons", SqlArrays.text(referrals, (referral) -> referral.reason().code()))
			.param("details", SqlArrays.text(referrals, Referral::detail))
			.param("suggestions", SqlArrays.text(referrals, (referral) -> json(referral.suggestions())))
			.param("suspenseEntryIds", SqlArrays.bigint(referrals, Referral::suspenseEntryId))
			.param("createdAt", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Closes the open exception of a payment the bank has returned: its money left
	 * suspense with the reversal, nobody has anything left to place.
	 */
	public void closeReturned(long transactionId, long reversalEntryId) {
		this.jdbc.sql(RECORD_RETURNED)
			.param("detail", "returned by the bank, reversed by entry " + reversalEntryId)
			.param("entryId", reversalEntryId)
			.param("resolvedAt", Timestamp.from(this.clock.instant()))
			.param("transactionId", transactionId)
			.update();
		this.jdbc.sql(CLOSE).param("transactionId", transactionId).update();
	}

	/**
	 * Closes the open exceptions of these transactions because a payout turned up (a
	 * missing payout found, an acquirer's credit explained by a report that came later):
	 * recorded as resolved by Cashpost, with what was found.
	 * @param found transaction to what was found, in words
	 */
	public void closeFound(Map<Long, String> found) {
		if (found.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, String>> items = List.copyOf(found.entrySet());
		this.jdbc.sql(RECORD_FOUND)
			.param("transactionIds", SqlArrays.bigint(items, Map.Entry::getKey))
			.param("details", SqlArrays.text(items, Map.Entry::getValue))
			.param("resolvedAt", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql(CLOSE_ALL).param("transactionIds", SqlArrays.bigint(items, Map.Entry::getKey)).update();
	}

	/**
	 * Gives open exceptions what deciding their payment again found (with a remittance
	 * advice that came since): the reason, detail and suggestions of the new referral.
	 * Their money stays where it is.
	 */
	public void reconsider(List<Referral> referrals) {
		if (referrals.isEmpty()) {
			return;
		}
		this.jdbc.sql(RECONSIDER)
			.param("transactionIds", SqlArrays.bigint(referrals, Referral::transactionId))
			.param("reasons", SqlArrays.text(referrals, (referral) -> referral.reason().code()))
			.param("details", SqlArrays.text(referrals, Referral::detail))
			.param("suggestions", SqlArrays.text(referrals, (referral) -> json(referral.suggestions())))
			.update();
	}

	/**
	 * Closes the open exceptions a remittance advice explained: recorded as resolved by
	 * Cashpost ({@code remittance_advice}), with what the advice showed and the entry
	 * that moved the money out of suspense, if one had to.
	 */
	public void closeExplained(List<Explanation> explanations) {
		if (explanations.isEmpty()) {
			return;
		}
		this.jdbc.sql(RECORD_EXPLAINED)
			.param("transactionIds", SqlArrays.bigint(explanations, Explanation::transactionId))
			.param("details", SqlArrays.text(explanations, Explanation::detail))
			.param("entryIds", SqlArrays.bigint(explanations, Explanation::journalEntryId))
			.param("resolvedAt", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql(CLOSE_ALL)
			.param("transactionIds", SqlArrays.bigint(explanations, Explanation::transactionId))
			.update();
	}

	private static String json(List<Suggestion> suggestions) {
		return JSON.writeValueAsString(suggestions.stream().map(ExceptionQueue::json).toList());
	}

	private static Map<String, Object> json(Suggestion suggestion) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("invoice_number", suggestion.invoiceNumber());
		json.put("customer_id", suggestion.customerId());
		json.put("open_amount", suggestion.openAmount().toPlainString());
		json.put("currency", suggestion.openAmount().currency().getCurrencyCode());
		json.put("score", Math.round(suggestion.score() * 100) / 100.0);
		json.put("why", suggestion.why());
		return json;
	}

}
