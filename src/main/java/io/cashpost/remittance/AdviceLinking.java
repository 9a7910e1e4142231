package io.cashpost.remittance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cashpost.database.SqlArrays;
import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Explanation;
import io.cashpost.statement.RemittanceJson;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links advices to their bank payments, all unlinked advices in one query: by the
 * payment's reference or end-to-end id, else by payer, exact amount and a value date near
 * the advice's payment date. An advice links only when exactly one payment fits it and no
 * other advice fits that payment; otherwise it keeps waiting, with the payments that fit
 * named. A linked payment's structured remittance becomes the advice's lines: one not yet
 * decided is then decided with them by matching, one decided before is decided again
 * ({@link AdviceRedecision}).
 */
@Service
public class AdviceLinking {

	/**
	 * Every payment that could be an unlinked advice's: the same currency and amount
	 * (index {@code bank_transaction_amount}), booked money received on a bank account,
	 * of a file fully read. Tier 1 names the advice's reference; tier 2 its payer in the
	 * date window, when the payment carries no other end-to-end id. Only the best tier
	 * counts. The same money in two files (an intraday report and the day's statement) is
	 * one payment: its first delivery.
	 */
	private static final String CANDIDATES = """
			with candidate as (
			    select distinct on (a.advice_id, t.source_key)
			           a.advice_id, a.status as advice_status, t.transaction_id, t.match_status,
			           t.remittance_advice_id,
			           case when (a.end_to_end_id is not null and t.end_to_end_id = a.end_to_end_id)
			                  or (a.payment_reference is not null
			                      and a.payment_reference in (t.entry_ref, t.end_to_end_id, t.creditor_reference))
			                then 1 else 2 end as tier
			      from remittance_advice a
			      join bank_transaction t on t.amount = a.amount and t.currency = a.currency
			      join statement_file f on f.file_id = t.file_id and f.status = 'ingested'
			     where a.status <> 'linked'
			       and t.entry_status = 'BOOKED' and not t.reversal and t.card_transaction_id is null
			       and t.match_status in ('new', 'exception', 'posted')
			       and (   (a.end_to_end_id is not null and t.end_to_end_id = a.end_to_end_id)
			            or (a.payment_reference is not null
			                and a.payment_reference in (t.entry_ref, t.end_to_end_id, t.creditor_reference))
			            or (    coalesce(t.value_date, t.booking_date) between a.payment_date - :window
			                                                               and a.payment_date + :window
			                and (a.end_to_end_id is null or t.end_to_end_id is null)
			                and (   (a.payer_account is not null
			                         and upper(replace(t.debtor_account, ' ', '')) = upper(replace(a.payer_account, ' ', '')))
			                     or (a.payer_name is not null
			                         and regexp_replace(lower(t.debtor_name), '[^[:alnum:]]', '', 'g')
			                             = regexp_replace(lower(a.payer_name), '[^[:alnum:]]', '', 'g')))))
			     order by a.advice_id, t.source_key, t.transaction_id
			), best as (
			    select c.*, min(c.tier) over (partition by c.advice_id) as best_tier from candidate c
			)
			select advice_id, advice_status, transaction_id, match_status, remittance_advice_id, tier,
			       count(*) over (partition by advice_id) as fits,
			       count(*) over (partition by transaction_id) as claimants
			  from best
			 where tier = best_tier
			 order by advice_id, transaction_id
			""";

	private static final String LINK = """
			update remittance_advice a
			   set status = 'linked', bank_transaction_id = l.transaction_id, linked_by = l.linked_by,
			       linked_at = :now, outcome = l.outcome, detail = l.detail
			  from unnest(:adviceIds::bigint[], :transactionIds::bigint[], :linkedBy::text[], :outcomes::text[],
			              :details::text[]) as l(advice_id, transaction_id, linked_by, outcome, detail)
			 where a.advice_id = l.advice_id
			""";

	/** The payment carries the advice's lines from now on, whatever its status. */
	private static final String GIVE_LINES = """
			update bank_transaction t
			   set remittance_lines = g.lines::jsonb,
			       referred_documents = array(select jsonb_array_elements_text(g.documents::jsonb)),
			       remittance_advice_id = g.advice_id
			  from unnest(:transactionIds::bigint[], :adviceIds::bigint[], :lines::text[], :documents::text[])
			       as g(transaction_id, advice_id, lines, documents)
			 where t.transaction_id = g.transaction_id
			""";

	private static final String WAITING = """
			update remittance_advice a
			   set detail = w.detail
			  from unnest(:adviceIds::bigint[], :details::text[]) as w(advice_id, detail)
			 where a.advice_id = w.advice_id and a.detail is distinct from w.detail
			""";

	private static final String EXPIRED_PLACEHOLDERS = """
			select expiry_transaction_id from remittance_advice
			 where advice_id = any (:adviceIds::bigint[]) and expiry_transaction_id is not null
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final StoredAdvices stored;

	private final ExceptionQueue exceptions;

	private final RemittanceProperties properties;

	AdviceLinking(JdbcClient jdbc, StoredAdvices stored, ExceptionQueue exceptions, RemittanceProperties properties) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.exceptions = exceptions;
		this.properties = properties;
	}

	/**
	 * Links every unlinked advice that has exactly one payment, in the caller's
	 * transaction.
	 * @return the advices linked
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Linked link(Instant now) {
		Map<Long, List<Candidate>> byAdvice = new LinkedHashMap<>();
		this.jdbc.sql(CANDIDATES)
			.param("window", this.properties.linkWindowDays())
			.query((rs, row) -> new Candidate(rs.getLong("advice_id"), rs.getString("advice_status"),
					rs.getLong("transaction_id"), rs.getString("match_status"),
					(Long) rs.getObject("remittance_advice_id"), rs.getInt("tier"), rs.getInt("fits"),
					rs.getInt("claimants")))
			.list()
			.forEach((candidate) -> byAdvice.computeIfAbsent(candidate.adviceId(), (id) -> new ArrayList<>())
				.add(candidate));
		List<Candidate> links = new ArrayList<>();
		Map<Long, String> ambiguous = new LinkedHashMap<>();
		byAdvice.forEach((adviceId, candidates) -> {
			Candidate only = candidates.get(0);
			if (candidates.size() == 1 && only.claimants() == 1) {
				links.add(only);
			}
			else {
				ambiguous.put(adviceId, ambiguity(candidates));
			}
		});
		record(links, now);
		waiting(ambiguous);
		return new Linked(links.size(), ambiguous.size());
	}

	private void record(List<Candidate> links, Instant now) {
		if (links.isEmpty()) {
			return;
		}
		List<Candidate> giving = links.stream().filter((link) -> link.earlierAdviceId() == null).toList();
		Map<Long, StoredAdvices.Stored> advices = this.stored.load(giving.stream().map(Candidate::adviceId).toList());
		this.jdbc.sql(LINK)
			.param("now", Timestamp.from(now))
			.param("adviceIds", SqlArrays.bigint(links, Candidate::adviceId))
			.param("transactionIds", SqlArrays.bigint(links, Candidate::transactionId))
			.param("linkedBy", SqlArrays.text(links, (link) -> (link.tier() == 1) ? "reference" : "payer_amount_date"))
			.param("outcomes", SqlArrays.text(links, Candidate::outcomeAtLink))
			.param("details", SqlArrays.text(links, Candidate::detailAtLink))
			.update();
		this.jdbc.sql(GIVE_LINES)
			.param("transactionIds", SqlArrays.bigint(giving, Candidate::transactionId))
			.param("adviceIds", SqlArrays.bigint(giving, Candidate::adviceId))
			.param("lines", SqlArrays.text(giving, (link) -> RemittanceJson
				.write(advices.get(link.adviceId()).advice().remittanceLines(advices.get(link.adviceId()).source()))))
			.param("documents",
					SqlArrays.text(giving,
							(link) -> JSON.writeValueAsString(advices.get(link.adviceId()).advice().documentNumbers())))
			.update();
		closeExpiries(links);
	}

	/** An expired advice whose payment came after all: its exception is explained. */
	private void closeExpiries(List<Candidate> links) {
		List<Candidate> expired = links.stream().filter((link) -> "expired".equals(link.adviceStatus())).toList();
		if (expired.isEmpty()) {
			return;
		}
		List<Long> placeholders = this.jdbc.sql(EXPIRED_PLACEHOLDERS)
			.param("adviceIds", SqlArrays.bigint(expired, Candidate::adviceId))
			.query(Long.class)
			.list();
		this.exceptions.closeExplained(placeholders.stream()
			.map((placeholder) -> new Explanation(placeholder, "the advice's payment came after all", null))
			.toList());
	}

	private void waiting(Map<Long, String> ambiguous) {
		if (ambiguous.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, String>> items = List.copyOf(ambiguous.entrySet());
		this.jdbc.sql(WAITING)
			.param("adviceIds", SqlArrays.bigint(items, Map.Entry::getKey))
			.param("details", SqlArrays.text(items, Map.Entry::getValue))
			.update();
	}

	private static String ambiguity(List<Candidate> candidates) {
		String payments = candidates.stream()
			.map((candidate) -> String.valueOf(candidate.transactionId()))
			.collect(Collectors.joining(", "));
		if (candidates.size() > 1) {
			return "ambiguous: payments " + payments + " fit it alike; not linked";
		}
		return "ambiguous: payment " + payments + " fits other advices too; not linked";
	}

	/**
	 * What one linking pass did.
	 *
	 * @param linked advices linked to their payment
	 * @param ambiguous advices left waiting because more than one payment (or advice)
	 * fits
	 */
	public record Linked(int linked, int ambiguous) {
	}

	private record Candidate(long adviceId, String adviceStatus, long transactionId, String matchStatus,
			Long earlierAdviceId, int tier, int fits, int claimants) {

		/**
		 * {@code applied} when matching has yet to decide the payment (it will, with the
		 * advice's lines), {@code duplicate} when another advice explains it already,
		 * else {@code null}: to be decided again.
		 */
		String outcomeAtLink() {
			if (this.earlierAdviceId != null) {
				return "duplicate";
			}
			return "new".equals(this.matchStatus) ? "applied" : null;
		}

		String detailAtLink() {
			if (this.earlierAdviceId != null) {
				return "payment " + this.transactionId + " is explained by advice " + this.earlierAdviceId
						+ " already: nothing done";
			}
			return "new".equals(this.matchStatus) ? "lines given to payment " + this.transactionId + " before matching"
					: null;
		}

	}

}
