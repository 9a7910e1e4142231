package io.cashpost.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customers' balances per currency, straight from the invoices and allocations just
 * posted. A credit note's unused part is the customer's credit, like money on account.
 */
@Service
public class CustomerBalances {

	private static final String BALANCES = """
			with invoiced as (
			    select customer_id, currency,
			           sum(open_amount) as open_amount,
			           coalesce(sum(open_amount) filter (where due_date < :today), 0) as overdue_amount
			      from invoice
			     where document_type = 'invoice'
			     group by customer_id, currency
			), credit as (
			    -- money put on account, and credit notes not used up yet
			    select customer_id, currency, sum(amount) as unapplied_credit
			      from (select customer_id, currency, applied_amount as amount
			              from allocation
			             where invoice_id is null and status = 'posted'
			            union all
			            select customer_id, currency, open_amount
			              from invoice
			             where document_type = 'credit_note' and open_amount > 0) c
			     group by customer_id, currency
			), balance_keys as (
			    select customer_id, currency from invoiced
			    union
			    select customer_id, currency from credit
			)
			select k.customer_id, c.name as customer_name, k.currency,
			       coalesce(i.open_amount, 0) as open_amount,
			       coalesce(i.overdue_amount, 0) as overdue_amount,
			       coalesce(cr.unapplied_credit, 0) as unapplied_credit
			  from balance_keys k
			  join customer c on c.customer_id = k.customer_id
			  left join invoiced i on i.customer_id = k.customer_id and i.currency = k.currency
			  left join credit cr on cr.customer_id = k.customer_id and cr.currency = k.currency
			 order by k.customer_id, k.currency
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	CustomerBalances(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<CustomerBalance> all() {
		return this.jdbc.sql(BALANCES).param("today", LocalDate.now(this.clock)).query(CustomerBalance.class).list();
	}

	/** Streams the balances, for exports of any size. */
	public void forEach(Consumer<CustomerBalance> consumer) {
		try (Stream<CustomerBalance> balances = this.jdbc.sql(BALANCES)
			.param("today", LocalDate.now(this.clock))
			.query(CustomerBalance.class)
			.stream()) {
			balances.forEach(consumer);
		}
	}

}
