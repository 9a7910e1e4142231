package io.cashpost.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import io.cashpost.database.SqlArrays;
import io.cashpost.matching.Payment;
import io.cashpost.matching.StagedPayments;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the staged transactions of fully ingested files that matching has not decided
 * yet, a page at a time by id. It keeps no state across runs: what was decided is no
 * longer "new", so a restarted run picks up exactly what is left. In a partition it reads
 * only the payments routed to that partition. Each page is handed to matching before its
 * first payment is decided ({@link io.cashpost.matching.PaymentMatcher#expect}), so that
 * what matching looks up in the database it looks up for the page at once.
 */
class PendingPaymentReader implements ItemReader<Payment> {

	/**
	 * The next page of candidates by id alone, from an index that holds them in order:
	 * the page is chosen before anything is joined, so no plan can scan the whole table
	 * for it (one did, for every page, with a routing table the planner misjudged).
	 */
	private static final String NEXT_IDS = """
			select t.transaction_id
			  from bank_transaction t
			 where t.match_status = 'new'
			   and t.transaction_id > :after
			 order by t.transaction_id
			 limit :pageSize
			""";

	private static final String NEXT_IDS_OF_PARTITION = """
			select r.transaction_id
			  from match_route r
			 where r.route_id = :routeId
			   and r.partition_no = :partition
			   and r.transaction_id > :after
			 order by r.transaction_id
			 limit :pageSize
			""";

	/** In a partition of the second round: only the payments handed to it. */
	static final String NEXT_IDS_HANDED_OVER = """
			select r.transaction_id
			  from match_route r
			 where r.route_id = :routeId
			   and r.handed_to = :partition
			   and r.transaction_id > :after
			 order by r.transaction_id
			 limit :pageSize
			""";

	/** Those of the page still to decide, from files read to the end. */
	private static final String PAYMENTS = """
			select t.transaction_id, t.source_key, t.account, t.currency, t.amount, t.value_date, t.booking_date,
			       t.entry_status, t.reversal, t.debtor_name, t.debtor_account, t.remittance_text,
			       t.creditor_reference, t.referred_documents, t.bank_transaction_code, t.remittance_lines,
			       t.card_transaction_id is not null as by_card
			  from bank_transaction t
			  join statement_file f on f.file_id = t.file_id
			 where t.transaction_id = any (:ids::bigint[])
			   and t.match_status = 'new'
			   and f.status = 'ingested'
			 order by t.transaction_id
			""";

	private final JdbcClient jdbc;

	private final int pageSize;

	private final Long routeId;

	private final Integer partition;

	private final boolean handedOverOnly;

	private final Consumer<List<Payment>> pageRead;

	private final Deque<Payment> page = new ArrayDeque<>();

	private long after;

	/** Reads every pending payment. */
	PendingPaymentReader(JdbcClient jdbc, int pageSize, Consumer<List<Payment>> pageRead) {
		this(jdbc, pageSize, null, null, false, pageRead);
	}

	/**
	 * Reads the pending payments routed to one partition of a run: in the second round
	 * ({@code handedOverOnly}), only those handed to it ({@link HandOvers}).
	 */
	PendingPaymentReader(JdbcClient jdbc, int pageSize, Long routeId, Integer partition, boolean handedOverOnly,
			Consumer<List<Payment>> pageRead) {
		this.jdbc = jdbc;
		this.pageSize = pageSize;
		this.routeId = routeId;
		this.partition = partition;
		this.handedOverOnly = handedOverOnly;
		this.pageRead = pageRead;
	}

	@Override
	public Payment read() {
		if (this.page.isEmpty()) {
			List<Payment> next = nextPage();
			if (!next.isEmpty()) {
				this.pageRead.accept(next);
			}
			this.page.addAll(next);
		}
		return this.page.poll();
	}

	/**
	 * The next payments to decide; empty only once no candidate is left. A page of
	 * candidates may hold none (decided already, or of a file still being read): then the
	 * next page is tried.
	 */
	private List<Payment> nextPage() {
		List<Long> ids = nextIds();
		while (!ids.isEmpty()) {
			this.after = ids.get(ids.size() - 1);
			List<Payment> payments = this.jdbc.sql(PAYMENTS)
				.param("ids", SqlArrays.bigint(ids, (id) -> id))
				.query((rs, row) -> StagedPayments.payment(rs))
				.list();
			if (!payments.isEmpty()) {
				return payments;
			}
			ids = nextIds();
		}
		return List.of();
	}

	private List<Long> nextIds() {
		if (this.routeId == null) {
			return this.jdbc.sql(NEXT_IDS)
				.param("after", this.after)
				.param("pageSize", this.pageSize)
				.query(Long.class)
				.list();
		}
		return this.jdbc.sql(this.handedOverOnly ? NEXT_IDS_HANDED_OVER : NEXT_IDS_OF_PARTITION)
			.param("routeId", this.routeId)
			.param("partition", this.partition)
			.param("after", this.after)
			.param("pageSize", this.pageSize)
			.query(Long.class)
			.list();
	}

}
