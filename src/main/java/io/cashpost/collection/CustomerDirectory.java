package io.cashpost.collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Looks up what collectors' actions name: a customer, one of its invoices.
 */
@Repository
class CustomerDirectory {

	private static final String NAME = "select name from customer where customer_id = :id";

	private static final String INVOICE = """
			select i.invoice_id, i.invoice_number, i.currency, i.amount, i.open_amount, i.issue_date, i.due_date,
			       greatest(:today - i.due_date, 0) as days_past_due, i.payment_status,
			       least(i.open_amount, coalesce((select sum(d.amount) from dispute d
			                                       where d.invoice_id = i.invoice_id and d.status = 'open'), 0)) as disputed
			  from invoice i
			 where i.invoice_number = :number and i.customer_id = :customerId
			""";

	private final JdbcClient jdbc;

	private final LedgerCalendar calendar;

	CustomerDirectory(JdbcClient jdbc, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The customer's name; refused as not found when there is no such customer. */
	String nameOf(String customerId) {
		return this.jdbc.sql(NAME)
			.param("id", customerId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> ActionRefusedException.notFound("no customer " + customerId));
	}

	/** One of the customer's invoices, by number. */
	OpenItem invoiceOf(String customerId, String invoiceNumber) {
		nameOf(customerId);
		return this.jdbc.sql(INVOICE)
			.param("today", this.calendar.today())
			.param("number", invoiceNumber)
			.param("customerId", customerId)
			.query(OpenItem.class)
			.optional()
			.orElseThrow(() -> ActionRefusedException
				.notFound("customer " + customerId + " has no invoice " + invoiceNumber));
	}

}
