package io.cashpost.job;

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
 * Open receivables by customer, currency and days overdue, refreshed by
 * {@code nightlyJob}'s {@code refreshAgingStep}: what collectors read in the morning.
 */
@Repository
public class CustomerAging {

	private static final String REFRESH = """
			insert into customer_aging (customer_id, currency, as_of, not_due, overdue_1_30, overdue_31_60,
			                            overdue_61_90, overdue_over_90, refreshed_at)
			select customer_id, currency, :asOf,
			       coalesce(sum(open_amount) filter (where due_date >= :asOf), 0),
			       coalesce(sum(open_amount) filter (where :asOf - due_date between 1 and 30), 0),
			       coalesce(sum(open_amount) filter (where :asOf - due_date between 31 and 60), 0),
			       coalesce(sum(open_amount) filter (where :asOf - due_date between 61 and 90), 0),
			       coalesce(sum(open_amount) filter (where :asOf - due_date > 90), 0),
			       :now
			  from invoice
			 where open_amount > 0 and document_type = 'invoice'
			 group by customer_id, currency
			""";

	private static final String ALL = """
			select a.customer_id, c.name as customer_name, a.currency, a.as_of, a.not_due,
			       a.overdue_1_30 as overdue1to30, a.overdue_31_60 as overdue31to60, a.overdue_61_90 as overdue61to90,
			       a.overdue_over_90 as overdueover90
			  from customer_aging a
			  join customer c on c.customer_id = a.customer_id
			 order by a.customer_id, a.currency
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerAging(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Replaces the aging with that of the given day, in one transaction.
	 * @return customer and currency rows written
	 */
	@Transactional
	public int refresh(LocalDate asOf) {
		this.jdbc.sql("delete from customer_aging").update();
		return this.jdbc.sql(REFRESH).param("asOf", asOf).param("now", Timestamp.from(this.clock.instant())).update();
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
	 * @param overdueOver90 overdue more than 90 days
	 */
	public record Row(String customerId, String customerName, String currency, LocalDate asOf, BigDecimal notDue,
			BigDecimal overdue1To30, BigDecimal overdue31To60, BigDecimal overdue61To90, BigDecimal overdueOver90) {

	}

}
