package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the exception queue for people working it: a filtered list, oldest first, and one
 * exception with its evidence and suggestions.
 */
@Service
public class ExceptionQueries {

	private static final String LIST = """
			select e.exception_id, e.reason, e.status, e.created_at,
			       :today - (e.created_at at time zone :zone)::date as age_days,
			       t.currency, t.amount, coalesce(t.value_date, t.booking_date) as value_date, t.debtor_name as payer,
			       t.debtor_account as payer_account, t.remittance_text as remittance, f.file_name as file,
			       e.suspense_entry_id is not null and e.status = 'open' as holds_money,
			       jsonb_array_length(e.suggestions) as suggestions,
			       (select concat(s ->> 'invoice_number', ' (', s ->> 'customer_id', ', open ', s ->> 'currency', ' ',
			                      s ->> 'open_amount', ')')
			          from jsonb_array_elements(e.suggestions) with ordinality as x(s, n) where n = 1) as best_suggestion
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			  join statement_file f on f.file_id = t.file_id
			 where (:status::text is null or e.status = :status)
			   and (:reason::text is null or e.reason = :reason)
			   and (:currency::text is null or t.currency = :currency)
			   and (:minAmount::numeric is null or t.amount >= :minAmount)
			   and (:maxAmount::numeric is null or t.amount <= :maxAmount)
			   and (:minAge::int is null or :today - (e.created_at at time zone :zone)::date >= :minAge)
			   and (:maxAge::int is null or :today - (e.created_at at time zone :zone)::date <= :maxAge)
			   and e.exception_id > :after
			 order by e.exception_id
			 limit :limit
			""";

	private static final String DETAIL = """
			select e.exception_id, e.reason, e.detail, e.status, e.created_at,
			       e.suspense_entry_id is not null and e.status = 'open' as holds_money,
			       t.transaction_id, f.file_name, t.account, t.currency, t.amount, t.booking_date, t.value_date,
			       t.debtor_name, t.debtor_account, t.entry_ref, t.end_to_end_id, t.creditor_reference,
			       t.referred_documents, t.remittance_text, t.bank_transaction_code,
			       r.kind as resolved_as, r.detail as resolution_detail, r.resolved_by, r.resolved_at,
			       r.journal_entry_id as resolution_entry_id
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			  join statement_file f on f.file_id = t.file_id
			  left join exception_resolution r on r.exception_id = e.exception_id
			 where e.exception_id = :id
			""";

	private static final String SUGGESTIONS = """
			select n::int as rank, s ->> 'invoice_number' as invoice_number, s ->> 'customer_id' as customer_id,
			       coalesce(s ->> 'currency', i.currency) as currency,
			       (s ->> 'open_amount')::numeric as open_amount_when_queued, i.open_amount as open_amount_now,
			       (s ->> 'score')::numeric as score, s ->> 'why' as why
			  from exception_item e
			  cross join jsonb_array_elements(e.suggestions) with ordinality as x(s, n)
			  left join invoice i on i.invoice_number = s ->> 'invoice_number'
			 where e.exception_id = :id
			 order by n
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ExceptionQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param after the last exception id of the previous page, or 0
	 */
	public List<ExceptionSummary> list(ExceptionFilter filter, long after, int limit) {
		return this.jdbc.sql(LIST)
			.param("today", LocalDate.now(this.clock))
			.param("zone", this.clock.getZone().getId())
			.param("status", filter.status())
			.param("reason", filter.reason())
			.param("currency", filter.currency())
			.param("minAmount", filter.minAmount())
			.param("maxAmount", filter.maxAmount())
			.param("minAge", filter.minAgeDays())
			.param("maxAge", filter.maxAgeDays())
			.param("after", after)
			.param("limit", limit)
			.query(ExceptionSummary.class)
			.list();
	}

	public Optional<ExceptionDetail> detail(long exceptionId) {
		List<ExceptionDetail.RankedSuggestion> suggestions = this.jdbc.sql(SUGGESTIONS)
			.param("id", exceptionId)
			.query(ExceptionDetail.RankedSuggestion.class)
			.list();
		return this.jdbc.sql(DETAIL).param("id", exceptionId).query((rs, row) -> detail(rs, suggestions)).optional();
	}

	private static ExceptionDetail detail(ResultSet rs, List<ExceptionDetail.RankedSuggestion> suggestions)
			throws SQLException {
		Array documents = rs.getArray("referred_documents");
		ExceptionDetail.Evidence payment = new ExceptionDetail.Evidence(rs.getLong("transaction_id"),
				rs.getString("file_name"), rs.getString("account"), rs.getString("currency"),
				rs.getBigDecimal("amount"), rs.getObject("booking_date", LocalDate.class),
				rs.getObject("value_date", LocalDate.class), rs.getString("debtor_name"),
				rs.getString("debtor_account"), rs.getString("entry_ref"), rs.getString("end_to_end_id"),
				rs.getString("creditor_reference"),
				(documents != null) ? Arrays.asList((String[]) documents.getArray()) : List.of(),
				rs.getString("remittance_text"), rs.getString("bank_transaction_code"));
		ExceptionDetail.ResolutionRecord resolution = (rs.getString("resolved_as") != null)
				? new ExceptionDetail.ResolutionRecord(rs.getString("resolved_as"), rs.getString("resolution_detail"),
						rs.getString("resolved_by"), rs.getObject("resolved_at", OffsetDateTime.class),
						(Long) rs.getObject("resolution_entry_id"))
				: null;
		return new ExceptionDetail(rs.getLong("exception_id"), rs.getString("reason"), rs.getString("detail"),
				rs.getString("status"), rs.getObject("created_at", OffsetDateTime.class), rs.getBoolean("holds_money"),
				payment, suggestions, resolution);
	}

	/**
	 * What accepting a suggestion assigns: the payment to its invoice, at most what is
	 * open on it now (the rest goes on the customer's account).
	 * @return invoice number to amount
	 */
	public static java.util.Map<String, BigDecimal> acceptance(ExceptionDetail detail, int rank) {
		ExceptionDetail.RankedSuggestion suggestion = detail.suggestions()
			.stream()
			.filter((s) -> s.rank() == rank)
			.findFirst()
			.orElseThrow(() -> new io.cashpost.posting.ResolutionRefusedException(
					"exception " + detail.exceptionId() + " has no suggestion " + rank));
		if (suggestion.openAmountNow() == null || suggestion.openAmountNow().signum() == 0) {
			throw new io.cashpost.posting.ResolutionRefusedException(
					"invoice " + suggestion.invoiceNumber() + " has nothing open any more");
		}
		BigDecimal amount = detail.payment().amount().min(suggestion.openAmountNow());
		return java.util.Map.of(suggestion.invoiceNumber(), amount);
	}

}
