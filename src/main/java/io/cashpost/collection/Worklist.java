package io.cashpost.collection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The collectors' worklist: every customer and currency with an overdue balance (and
 * those whose overdue invoices were paid today, shown as such), most urgent first.
 * <p>
 * <b>Score.</b> For each overdue invoice, its open amount less what is disputed, times
 * its days past due; summed and divided by 30 (amount-months overdue); then multiplied by
 * {@code 1 + broken-promise-weight × broken promises} (promises broken in the look-back,
 * at most {@code max-broken-promises}). Amounts of different currencies are compared at
 * face value.
 * <p>
 * <b>Blocks.</b> Chasing a row is blocked, and the row says why, when the customer has a
 * payment in the exception queue that may be its own ({@code payment_being_applied}:
 * "payment received, being applied — do not chase"), when every overdue invoice is
 * disputed ({@code disputed}), when a promise in the currency is still open
 * ({@code promise}), when a person put the customer on hold ({@code hold}), and for every
 * row when the newest bank statement is older than {@code stale-after}
 * ({@code stale_data}: money may have arrived that Cashpost has not seen). Blocked rows
 * follow the chaseable ones.
 */
@Service
public class Worklist {

	private static final String OVERDUE = """
			select i.customer_id, c.name as customer_name, i.currency,
			       sum(i.open_amount) as overdue,
			       sum(least(i.open_amount, coalesce(d.disputed, 0))) as disputed,
			       count(*) as invoices,
			       max(:today - i.due_date) as oldest_days,
			       sum((i.open_amount - least(i.open_amount, coalesce(d.disputed, 0))) * (:today - i.due_date)) as weighted,
			       array_agg(i.invoice_number order by i.due_date, i.invoice_number) as invoice_numbers,
			       coalesce(array_agg(i.invoice_number order by i.due_date, i.invoice_number)
			                filter (where d.disputed is not null), '{}') as disputed_invoices
			  from invoice i
			  join customer c on c.customer_id = i.customer_id
			  left join (select invoice_id, sum(amount) as disputed
			               from dispute
			              where status = 'open'
			              group by invoice_id) d on d.invoice_id = i.invoice_id
			 where i.open_amount > 0 and i.due_date < :today and i.document_type = 'invoice'
			 group by i.customer_id, c.name, i.currency
			""";

	/** Overdue invoices that money was applied to today (they may be paid now). */
	private static final String PAID_TODAY = """
			select a.customer_id, c.name as customer_name, a.currency, i.invoice_number, i.payment_status,
			       sum(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount) as settled
			  from allocation a
			  join invoice i on i.invoice_id = a.invoice_id and i.document_type = 'invoice'
			  join customer c on c.customer_id = a.customer_id
			 where a.status = 'posted' and a.posted_at >= :todayStart and i.due_date < :today
			 group by a.customer_id, c.name, a.currency, i.invoice_number, i.payment_status
			 order by i.invoice_number
			""";

	/** Money on account and credit notes not used up yet. */
	private static final String CREDIT = """
			select customer_id, currency, sum(amount) as amount
			  from (select customer_id, currency, applied_amount as amount
			          from allocation
			         where invoice_id is null and status = 'posted'
			        union all
			        select customer_id, currency, open_amount
			          from invoice
			         where document_type = 'credit_note' and open_amount > 0) c
			 group by customer_id, currency
			""";

	private static final String NEWEST_STATEMENT = """
			select max(coalesce(ingested_at, received_at)) from statement_file where status = 'ingested'
			""";

	private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

	private final JdbcClient jdbc;

	private final UndecidedPayments undecided;

	private final CustomerActions actions;

	private final LedgerCalendar calendar;

	private final CollectionProperties properties;

	Worklist(JdbcClient jdbc, UndecidedPayments undecided, CustomerActions actions, LedgerCalendar calendar,
			CollectionProperties properties) {
		this.jdbc = jdbc;
		this.undecided = undecided;
		this.actions = actions;
		this.calendar = calendar;
		this.properties = properties;
	}

	/** Today's worklist, whole: a few queries over every customer, then ranked here. */
	public WorklistReport today() {
		LocalDate today = this.calendar.today();
		Instant newest = this.jdbc.sql(NEWEST_STATEMENT)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		Instant now = this.calendar.now().toInstant();
		boolean stale = newest == null || newest.plus(this.properties.staleAfter()).isBefore(now);
		Map<String, WorklistFacts> facts = facts(today);
		List<WorklistRow> rows = new ArrayList<>();
		for (WorklistFacts fact : facts.values()) {
			rows.add(fact.row(this.properties, stale ? staleBlock(newest) : null));
		}
		rows.sort(Comparator.comparing(WorklistRow::blocked)
			.thenComparing(WorklistRow::score, Comparator.reverseOrder())
			.thenComparing(WorklistRow::customerId)
			.thenComparing(WorklistRow::currency));
		return new WorklistReport(today, newest, stale, rows);
	}

	private Map<String, WorklistFacts> facts(LocalDate today) {
		Map<String, WorklistFacts> facts = new LinkedHashMap<>();
		this.jdbc.sql(OVERDUE).param("today", today).query((rs, row) -> {
			WorklistFacts fact = fact(facts, rs.getString("customer_id"), rs.getString("customer_name"),
					rs.getString("currency"));
			fact.overdue(rs.getBigDecimal("overdue"), rs.getBigDecimal("disputed"), rs.getInt("invoices"),
					rs.getInt("oldest_days"), rs.getBigDecimal("weighted"),
					List.of((String[]) rs.getArray("invoice_numbers").getArray()),
					List.of((String[]) rs.getArray("disputed_invoices").getArray()));
			return fact;
		}).list();
		this.jdbc.sql(PAID_TODAY)
			.param("today", today)
			.param("todayStart", this.calendar.startOf(today))
			.query((rs,
					row) -> fact(facts, rs.getString("customer_id"), rs.getString("customer_name"),
							rs.getString("currency"))
						.paidToday(new WorklistRow.PaidToday(rs.getString("invoice_number"),
								rs.getBigDecimal("settled"), rs.getString("payment_status"))))
			.list();
		Map<String, List<WorklistFacts>> byCustomer = facts.values()
			.stream()
			.collect(Collectors.groupingBy(WorklistFacts::customerId));
		this.jdbc.sql(CREDIT).query((rs, row) -> {
			WorklistFacts fact = facts.get(key(rs.getString("customer_id"), rs.getString("currency")));
			if (fact != null) {
				fact.credit(rs.getBigDecimal("amount"));
			}
			return fact;
		}).list();
		forEachOfCustomer(byCustomer, this.undecided.of(null), UndecidedPayments.UndecidedPayment::customerId,
				WorklistFacts::undecided);
		forEachOfCustomer(byCustomer, this.actions.holds().active(null), Hold::customerId, WorklistFacts::hold);
		LocalDate lookback = today.minusDays(this.properties.brokenPromiseLookbackDays());
		for (Promise promise : this.actions.promises().since(lookback)) {
			WorklistFacts fact = facts.get(key(promise.customerId(), promise.currency()));
			if (fact != null) {
				fact.promise(promise);
			}
		}
		return facts;
	}

	private static <T> void forEachOfCustomer(Map<String, List<WorklistFacts>> byCustomer, List<T> items,
			java.util.function.Function<T, String> customer, java.util.function.BiConsumer<WorklistFacts, T> consumer) {
		for (T item : items) {
			for (WorklistFacts fact : byCustomer.getOrDefault(customer.apply(item), List.of())) {
				consumer.accept(fact, item);
			}
		}
	}

	private static WorklistFacts fact(Map<String, WorklistFacts> facts, String customerId, String name,
			String currency) {
		return facts.computeIfAbsent(key(customerId, currency), (key) -> new WorklistFacts(customerId, name, currency));
	}

	private static String key(String customerId, String currency) {
		return customerId + '\u0000' + currency;
	}

	private WorklistRow.Block staleBlock(Instant newest) {
		String when = (newest == null) ? null
				: java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.withZone(this.calendar.zone())
					.format(newest);
		return new WorklistRow.Block("stale_data",
				((newest == null) ? "stale data: no bank statement has been ingested yet"
						: "stale data: the newest bank statement came " + when + ", more than "
								+ this.properties.staleAfter().toHours() + "h ago")
						+ "; payments may have arrived that Cashpost has not seen");
	}

	/** The score: amount-months overdue, raised by broken promises. */
	static BigDecimal score(BigDecimal weightedDays, int brokenPromises, CollectionProperties properties) {
		int counted = Math.min(brokenPromises, properties.maxBrokenPromises());
		BigDecimal factor = BigDecimal.ONE.add(properties.brokenPromiseWeight().multiply(BigDecimal.valueOf(counted)));
		return weightedDays.multiply(factor).divide(THIRTY, 2, RoundingMode.HALF_UP);
	}

}
