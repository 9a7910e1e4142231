package io.cashpost.invoice;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Open amounts under row locks, changed by conditional updates that can never take an
 * invoice below zero or above its amount.
 */
@Repository
class JdbcOpenAmounts implements OpenAmounts {

	private static final String LOCK = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where invoice_id = any (:ids::bigint[])
			 order by invoice_id
			   for update
			""";

	private static final String LOCK_BY_NUMBERS = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where invoice_number in (:numbers) and document_type = 'invoice'
			 order by invoice_id
			   for update
			""";

	private static final String REDUCE = """
			update invoice
			   set open_amount = open_amount - :amount
			 where invoice_id = :id
			   and open_amount >= :amount
			""";

	/**
	 * One row per invoice: an update joins each target row once, so the amounts are
	 * summed per invoice before they come here.
	 */
	private static final String REDUCE_ALL = """
			update invoice i
			   set open_amount = i.open_amount - d.amount
			  from unnest(:ids::bigint[], :amounts::numeric[]) as d(invoice_id, amount)
			 where i.invoice_id = d.invoice_id
			   and i.open_amount >= d.amount
			""";

	private static final String RESTORE = """
			update invoice
			   set open_amount = open_amount + :amount
			 where invoice_id = :id
			   and open_amount + :amount <= amount
			""";

	private final JdbcClient jdbc;

	JdbcOpenAmounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Invoice> lock(Collection<Long> invoiceIds) {
		if (invoiceIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(LOCK)
			.param("ids", SqlArrays.bigint(invoiceIds, (id) -> id))
			.query(JdbcOpenInvoices::invoice)
			.list();
	}

	@Override
	public List<Invoice> lockByNumbers(Collection<String> invoiceNumbers) {
		if (invoiceNumbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(LOCK_BY_NUMBERS).param("numbers", invoiceNumbers).query(JdbcOpenInvoices::invoice).list();
	}

	@Override
	public void reduce(long invoiceId, BigDecimal amount) {
		int updated = this.jdbc.sql(REDUCE).param("id", invoiceId).param("amount", amount).update();
		if (updated != 1) {
			throw new IllegalStateException("invoice " + invoiceId + " has less than " + amount + " open");
		}
	}

	@Override
	public void reduceAll(Map<Long, BigDecimal> amounts) {
		if (amounts.isEmpty()) {
			return;
		}
		List<Map.Entry<Long, BigDecimal>> rows = List.copyOf(amounts.entrySet());
		int updated = this.jdbc.sql(REDUCE_ALL)
			.param("ids", SqlArrays.bigint(rows, Map.Entry::getKey))
			.param("amounts", SqlArrays.numeric(rows, Map.Entry::getValue))
			.update();
		if (updated != rows.size()) {
			throw new IllegalStateException((rows.size() - updated) + " of " + rows.size()
					+ " invoices have less open than was to be applied: " + amounts);
		}
	}

	@Override
	public void restore(long invoiceId, BigDecimal amount) {
		int updated = this.jdbc.sql(RESTORE).param("id", invoiceId).param("amount", amount).update();
		if (updated != 1) {
			throw new IllegalStateException(
					"invoice " + invoiceId + " cannot take back " + amount + ": it would be more open than its amount");
		}
	}

}
