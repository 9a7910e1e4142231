package io.cashpost.collection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aging as of the nightly run's day, kept in {@code customer_aging} by
 * {@code nightlyJob}'s {@code refreshAgingStep}: what the morning's aging export shows.
 * Computed like {@link Aging}, from the ledger as it stood at the end of that day, so a
 * run for a past day ages that day's open items.
 */
@Repository
public class CustomerAging {

	private static final String REFRESH = Aging.OPEN_ON_THE_DAY + """
			insert into customer_aging (customer_id, currency, as_of, not_due, overdue_1_30, overdue_31_60,
			                            overdue_61_90, overdue_over_90, overdue_91_120, overdue_over_120, refreshed_at)
			select b.customer_id, b.currency, :asOf, b.current, b.overdue1to30, b.overdue31to60, b.overdue61to90,
			       b.overdue91to120 + b.overdueover120, b.overdue91to120, b.overdueover120, :now
			  from (select o.customer_id, o.currency,
			""" + Aging.BUCKETS + """
			          from open_on_the_day o
			         where o.open_amount <> 0
			         group by o.customer_id, o.currency) b
			""";

	private static final String ALL = """
			select a.customer_id, c.name as customer_name, a.currency, a.as_of, a.not_due,
			       a.overdue_1_30 as overdue1to30, a.overdue_31_60 as overdue31to60, a.overdue_61_90 as overdue61to90,
			       a.overdue_over_90 as overdueover90, a.overdue_91_120 as overdue91to120,
			       a.overdue_over_120 as overdueover120
			  from customer_aging a
			  join customer c on c.customer_id = a.customer_id
			 order by a.customer_id, a.currency
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	private final Clock clock;

	CustomerAging(JdbcClient jdbc, LedgerCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Replaces the aging with that of the given day, in one transaction.
	 * @return customer and currency rows written
	 */
	@Transactional
	public int refresh(LocalDate asOf) {
		this.jdbc.sql("delete from customer_aging").update();
		int rows = this.jdbc.sql(REFRESH)
			.param("asOf", asOf)
			.param("dayAfter", this.calendar.endOf(asOf))
			.param("customerId", null)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.jdbc.sql("analyze customer_aging").update();
		return rows;
	}

	/** Streams the last refreshed aging. */
	public void forEach(Consumer<Row> consumer) {
		try (Stream<Row> rows = this.jdbc.sql(ALL).query(Row.class).stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * One customer's open receivables in one currency.
	 *
	 * @param customerId the customer
	 * @param customerName its name
	 * @param currency the currency
	 * @param asOf the day the days overdue count to
	 * @param notDue not yet due
	 * @param overdue1To30 overdue 1 to 30 days
	 * @param overdue31To60 overdue 31 to 60 days
	 * @param overdue61To90 overdue 61 to 90 days
	 * @param overdueOver90 overdue more than 90 days (the next two together)
	 * @param overdue91To120 overdue 91 to 120 days
	 * @param overdueOver120 overdue more than 120 days
	 */
	public record Row(String customerId, String customerName, String currency, LocalDate asOf, BigDecimal notDue,
			BigDecimal overdue1To30, BigDecimal overdue31To60, BigDecimal overdue61To90, BigDecimal overdueOver90,
			BigDecimal overdue91To120, BigDecimal overdueOver120) {

	}

}
