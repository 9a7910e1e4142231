package io.cashpost.job;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes the pending payments of a {@code matchAndPostJob} run to its partitions, by a
 * key known before matching: the customer the payment names. Each customer is routed to
 * exactly one partition of a run, so a partition owns its customers' invoices; see
 * {@link CustomerPartitioner} for why this keeps partitions off each other's invoices.
 */
@Repository
class MatchRoutes {

	/**
	 * The customer a payment names, most certain evidence first, looked up through the
	 * same indexes matching uses: its creditor reference, its referred documents, a word
	 * of its remittance text that is an invoice number, its payer's account. Customers go
	 * to partitions round robin, the busiest first, so partitions carry similar loads; a
	 * payment that names no customer goes by a hash of its source key (so a statement
	 * delivered twice lands in one partition).
	 */
	private static final String ROUTE = """
			with pending as (
			    select t.transaction_id, t.source_key, t.creditor_reference, t.referred_documents, t.debtor_account,
			           t.remittance_text
			      from bank_transaction t
			      join statement_file f on f.file_id = t.file_id
			     where t.match_status = 'new' and f.status = 'ingested'
			), reach as (
			    select p.transaction_id, p.source_key,
			           coalesce(
			               (select min(i.customer_id) from invoice i
			                 where i.reference_key = upper(regexp_replace(p.creditor_reference, '[^[:alnum:]]', '', 'g'))),
			               (select min(i.customer_id) from invoice i
			                 where i.number_key in (select upper(regexp_replace(d, '[^[:alnum:]]', '', 'g'))
			                                          from unnest(p.referred_documents) d)),
			               (select min(i.customer_id) from invoice i
			                 where i.number_key in (select upper(regexp_replace(w, '[^[:alnum:]]', '', 'g'))
			                                          from regexp_split_to_table(p.remittance_text, '[\\s,;:()\\[\\]]+') w
			                                         where w ~ '[0-9]')),
			               (select min(a.customer_id) from customer_account a
			                 where a.account = upper(regexp_replace(p.debtor_account, '\\s', '', 'g')))
			           ) as customer_id
			      from pending p
			), load as (
			    select customer_id, count(*) as payments from reach where customer_id is not null group by customer_id
			), owner as (
			    select customer_id, (row_number() over (order by payments desc, customer_id) - 1) % :grid as partition_no
			      from load
			)
			insert into match_route (route_id, transaction_id, partition_no, customer_id)
			select :routeId, r.transaction_id, coalesce(o.partition_no, abs(hashtext(r.source_key)::bigint) % :grid),
			       r.customer_id
			  from reach r
			  left join owner o on o.customer_id = r.customer_id
			""";

	private static final String COUNTS = """
			select partition_no, count(*) as payments from match_route where route_id = :routeId group by partition_no
			""";

	private static final String OWNED = """
			select distinct customer_id from match_route
			 where route_id = :routeId and partition_no = :partition and customer_id is not null
			""";

	private final JdbcClient jdbc;

	MatchRoutes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Routes every pending payment anew for this run; routes of earlier runs are
	 * forgotten (a run restarted later finds none and leaves its payments to the serial
	 * step).
	 * @return payments per partition
	 */
	@Transactional
	Map<Integer, Long> route(long routeId, int grid) {
		this.jdbc.sql("delete from match_route").update();
		this.jdbc.sql(ROUTE).param("routeId", routeId).param("grid", grid).update();
		Map<Integer, Long> counts = new TreeMap<>();
		this.jdbc.sql(COUNTS)
			.param("routeId", routeId)
			.query((rs, row) -> counts.put(rs.getInt("partition_no"), rs.getLong("payments")))
			.list();
		return counts;
	}

	/** The customers routed to a partition: the only ones it may post to. */
	Set<String> owned(long routeId, int partition) {
		return new HashSet<>(this.jdbc.sql(OWNED)
			.param("routeId", routeId)
			.param("partition", partition)
			.query(String.class)
			.list());
	}

	void forget(long routeId) {
		this.jdbc.sql("delete from match_route where route_id = :routeId").param("routeId", routeId).update();
	}

}
