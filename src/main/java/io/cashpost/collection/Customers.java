package io.cashpost.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Customers as collectors look them up: a searchable list with what each owes, and one
 * customer in full: balances, open items, holds, promises, disputes and notes.
 */
@Service
public class Customers {

	private static final String SEARCH = """
			select c.customer_id, c.name, b.currency, coalesce(b.open, 0) as open, coalesce(b.overdue, 0) as overdue
			  from customer c
			  left join lateral (
			      select i.currency, sum(i.open_amount) as open,
			             coalesce(sum(i.open_amount) filter (where i.due_date < :today), 0) as overdue
			        from invoice i
			       where i.customer_id = c.customer_id and i.open_amount > 0 and i.document_type = 'invoice'
			       group by i.currency
			  ) b on true
			 where (:pattern::text is null or c.customer_id ilike :pattern escape '\\' or c.name ilike :pattern escape '\\')
			   and (:afterCustomer::text is null
			        or (c.customer_id, coalesce(b.currency, '')) > (:afterCustomer, :afterCurrency))
			 order by c.customer_id, coalesce(b.currency, '')
			 limit :limit
			""";

	private static final String INVOICED = """
			select i.currency, sum(i.open_amount) as open,
			       coalesce(sum(i.open_amount) filter (where i.due_date < :today), 0) as overdue,
			       coalesce(sum(least(i.open_amount, coalesce(d.disputed, 0))), 0) as disputed
			  from invoice i
			  left join (select invoice_id, sum(amount) as disputed
			               from dispute
			              where customer_id = :customerId and status = 'open'
			              group by invoice_id) d on d.invoice_id = i.invoice_id
			 where i.customer_id = :customerId and i.open_amount > 0 and i.document_type = 'invoice'
			 group by i.currency
			""";

	/** Money on account and credit notes not used up yet. */
	private static final String CREDIT = """
			select currency, sum(amount) as amount
			  from (select currency, applied_amount as amount
			          from allocation
			         where customer_id = :customerId and invoice_id is null and status = 'posted'
			        union all
			        select currency, open_amount
			          from invoice
			         where customer_id = :customerId and document_type = 'credit_note' and open_amount > 0) c
			 group by currency
			""";

	private static final String OPEN_ITEMS = """
			select i.invoice_id, i.invoice_number, i.currency, i.amount, i.open_amount, i.issue_date, i.due_date,
			       greatest(:today - i.due_date, 0) as days_past_due, i.payment_status,
			       least(i.open_amount, coalesce(d.disputed, 0)) as disputed
			  from invoice i
			  left join (select invoice_id, sum(amount) as disputed
			               from dispute
			              where customer_id = :customerId and status = 'open'
			              group by invoice_id) d on d.invoice_id = i.invoice_id
			 where i.customer_id = :customerId and i.open_amount > 0 and i.document_type = 'invoice'
			 order by i.due_date, i.invoice_number
			""";

	private static final int NOTES_SHOWN = 20;

	private final JdbcClient jdbc;

	private final CustomerDirectory directory;

	private final UndecidedPayments undecided;

	private final LedgerCalendar calendar;

	private final CustomerActions actions;

	Customers(JdbcClient jdbc, CustomerDirectory directory, UndecidedPayments undecided, LedgerCalendar calendar,
			CustomerActions actions) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.undecided = undecided;
		this.calendar = calendar;
		this.actions = actions;
	}

	/**
	 * Customers whose id or name contains the text, each with a row per currency it owes
	 * in (one row without a currency when it owes nothing), by id.
	 * @param text what to look for, or {@code null} for all
	 * @param after the last row of the previous page, or {@code null}
	 */
	public List<CustomerSummary> search(String text, Aging.AgingKey after, int limit) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql(SEARCH)
			.param("today", this.calendar.today())
			.param("pattern", pattern)
			.param("afterCustomer", (after != null) ? after.customerId() : null)
			.param("afterCurrency", (after != null && after.currency() != null) ? after.currency() : "")
			.param("limit", limit)
			.query(CustomerSummary.class)
			.list();
	}

	/** One customer in full; refused as not found when it does not exist. */
	public CustomerDetail detail(String customerId) {
		String name = this.directory.nameOf(customerId);
		List<OpenItem> openItems = this.jdbc.sql(OPEN_ITEMS)
			.param("today", this.calendar.today())
			.param("customerId", customerId)
			.query(OpenItem.class)
			.list();
		return new CustomerDetail(customerId, name, balances(customerId), openItems,
				this.actions.holds().active(customerId), this.actions.promises().of(customerId),
				this.actions.disputes().list(customerId, "open", 0, 1000),
				this.actions.notes().of(customerId, NOTES_SHOWN));
	}

	/** What the customer owes per currency, with credit, queued payments and disputes. */
	public List<Balance> balances(String customerId) {
		Map<String, Balance> byCurrency = new TreeMap<>();
		this.jdbc.sql(INVOICED)
			.param("today", this.calendar.today())
			.param("customerId", customerId)
			.query((rs, row) -> new Balance(rs.getString("currency"), rs.getBigDecimal("open"),
					rs.getBigDecimal("overdue"), BigDecimal.ZERO, BigDecimal.ZERO, rs.getBigDecimal("disputed")))
			.list()
			.forEach((balance) -> byCurrency.put(balance.currency(), balance));
		this.jdbc.sql(CREDIT).param("customerId", customerId).query((rs, row) -> {
			String currency = rs.getString("currency");
			Balance b = byCurrency.getOrDefault(currency, zero(currency));
			return new Balance(currency, b.open(), b.overdue(), rs.getBigDecimal("amount"), b.inExceptionQueue(),
					b.disputed());
		}).list().forEach((balance) -> byCurrency.put(balance.currency(), balance));
		for (UndecidedPayments.UndecidedPayment payment : this.undecided.of(customerId)) {
			Balance b = byCurrency.getOrDefault(payment.currency(), zero(payment.currency()));
			byCurrency.put(payment.currency(), new Balance(b.currency(), b.open(), b.overdue(), b.unappliedCredit(),
					b.inExceptionQueue().add(payment.amount()), b.disputed()));
		}
		return new ArrayList<>(byCurrency.values());
	}

	private static Balance zero(String currency) {
		return new Balance(currency, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);
	}

}
