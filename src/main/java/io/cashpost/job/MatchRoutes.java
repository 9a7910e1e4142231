package io.cashpost.job;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cashpost.database.SqlArrays;

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
	 * same keys matching uses: its creditor reference (1), its referred documents (2), a
	 * word of its remittance text that is an invoice number (3), its payer's account (4);
	 * the lowest customer id where one kind of evidence names several. Customers go to
	 * partitions round robin, the busiest first, so partitions carry similar loads; a
	 * payment that names no customer goes by a hash of its source key (so a statement
	 * delivered twice lands in one partition). Written as joins of the whole set of
	 * pending payments with the invoices, never a lookup per payment.
	 */
	private static final String ROUTE = """
			with pending as (
			    select t.transaction_id, t.source_key, t.creditor_reference, t.referred_documents, t.debtor_account,
			           t.remittance_text
			      from bank_transaction t
			      join statement_file f on f.file_id = t.file_id
			     where t.match_status = 'new' and f.status = 'ingested'
			), named as (
			    select p.transaction_id, 1 as evidence,
			           upper(regexp_replace(p.creditor_reference, '[^[:alnum:]]', '', 'g')) as invoice_key
			      from pending p
			     where p.creditor_reference is not null
			    union all
			    select p.transaction_id, 2, upper(regexp_replace(d, '[^[:alnum:]]', '', 'g'))
			      from pending p, unnest(p.referred_documents) d
			    union all
			    select p.transaction_id, 3, upper(regexp_replace(w, '[^[:alnum:]]', '', 'g'))
			      from pending p, regexp_split_to_table(p.remittance_text, '[\\s,;:()\\[\\]]+') w
			     where w ~ '[0-9]'
			), named_customer as (
			    select n.transaction_id, n.evidence, i.customer_id
			      from named n
			      join invoice i on i.reference_key = n.invoice_key
			     where n.evidence = 1
			    union all
			    select n.transaction_id, n.evidence, i.customer_id
			      from named n
			      join invoice i on i.number_key = n.invoice_key
			     where n.evidence in (2, 3)
			    union all
			    select p.transaction_id, 4, a.customer_id
			      from pending p
			      join customer_account a on a.account = upper(regexp_replace(p.debtor_account, '\\s', '', 'g'))
			), reach as (
			    select distinct on (transaction_id) transaction_id, customer_id
			      from named_customer
			     order by transaction_id, evidence, customer_id
			), load as (
			    select customer_id, count(*) as payments from reach group by customer_id
			), owner as (
			    select customer_id, (row_number() over (order by payments desc, customer_id) - 1) % :grid as partition_no
			      from load
			)
			insert into match_route (route_id, transaction_id, partition_no, customer_id)
			select :routeId, p.transaction_id, coalesce(o.partition_no, abs(hashtext(p.source_key)::bigint) % :grid),
			       r.customer_id
			  from pending p
			  left join reach r on r.transaction_id = p.transaction_id
			  left join owner o on o.customer_id = r.customer_id
			""";

	private static final String COUNTS = """
			select partition_no, count(*) as payments from match_route where route_id = :routeId group by partition_no
			""";

	private static final String OWNED = """
			select distinct customer_id from match_route
			 where route_id = :routeId and partition_no = :partition and customer_id is not null
			""";

	/**
	 * Each payment to the partition owning the customer its posting named, for the second
	 * round only: its route stays as it was, so the first round of a partition still
	 * running never reads it, and no partition's customers change. A payment whose
	 * customer no partition owns is not handed over.
	 */
	private static final String HAND_OVER = """
			update match_route r
			   set handed_to = o.partition_no
			  from unnest(:payments::bigint[], :customers::text[]) as h(transaction_id, customer_id)
			  join (select distinct customer_id, partition_no
			          from match_route
			         where route_id = :routeId and customer_id is not null) o on o.customer_id = h.customer_id
			 where r.route_id = :routeId and r.transaction_id = h.transaction_id
			""";

	private static final String HANDED_OVER = """
			select handed_to as partition_no, count(*) as payments from match_route
			 where route_id = :routeId and handed_to is not null
			 group by handed_to
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
		// Hash joins stay linear whatever the planner believes of tables just loaded; a
		// nested loop over a table it thinks empty does not.
		this.jdbc.sql("analyze bank_transaction, invoice, customer_account").update();
		this.jdbc.sql("set local enable_nestloop = off").update();
		// Switching nested loops off prices a plan in the billions, far past the JIT
		// thresholds: a server built with JIT (Debian's, PGDG's) then spends seconds
		// compiling a query that runs in milliseconds.
		this.jdbc.sql("set local jit = off").update();
		this.jdbc.sql(ROUTE).param("routeId", routeId).param("grid", grid).update();
		this.jdbc.sql("analyze match_route").update();
		return counts(COUNTS, routeId);
	}

	/**
	 * Hands payments to the partitions owning the customers named, for the run's second
	 * round ({@link HandOvers}).
	 * @param payments the payments' transaction ids
	 * @param customers for each payment, the one customer its posting named
	 * @return how many payments were handed over
	 */
	int handOver(long routeId, List<Long> payments, List<String> customers) {
		return this.jdbc.sql(HAND_OVER)
			.param("routeId", routeId)
			.param("payments", SqlArrays.bigint(payments, (id) -> id))
			.param("customers", SqlArrays.text(customers, (customer) -> customer))
			.update();
	}

	/** Payments handed over in the run, per partition. */
	Map<Integer, Long> handedOver(long routeId) {
		return counts(HANDED_OVER, routeId);
	}

	private Map<Integer, Long> counts(String sql, long routeId) {
		Map<Integer, Long> counts = new TreeMap<>();
		this.jdbc.sql(sql)
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
