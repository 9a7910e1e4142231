package io.cashpost.invoice;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes an invoice file: its rows go in batches to a staging table that lives for the
 * transaction, then a few set-based statements upsert customers, payer accounts and
 * invoices. The cost is a round trip per batch, never per row.
 */
@Repository
class JdbcInvoiceStore {

	private static final String CREATE_STAGING = """
			create temporary table invoice_staging (
			    line              bigint        not null,
			    invoice_number    text          not null primary key,
			    number_key        text          not null,
			    customer_id       text          not null,
			    customer_name     text          not null,
			    currency          char(3)       not null,
			    amount            numeric(19,4) not null,
			    open_amount       numeric(19,4) not null,
			    issue_date        date          not null,
			    due_date          date          not null,
			    discount_percent  numeric(7,4),
			    discount_until    date,
			    customer_account  text,
			    payment_reference text,
			    reference_key     text,
			    document_type     text          not null
			) on commit drop
			""";

	private static final String STAGE = """
			insert into invoice_staging (line, invoice_number, number_key, customer_id, customer_name, currency,
			    amount, open_amount, issue_date, due_date, discount_percent, discount_until, customer_account,
			    payment_reference, reference_key, document_type)
			values (:line, :invoiceNumber, :numberKey, :customerId, :customerName, :currency,
			    :amount, :openAmount, :issueDate, :dueDate, :discountPercent, :discountUntil, :customerAccount,
			    :paymentReference, :referenceKey, :documentType)
			""";

	private static final String UPSERT_CUSTOMERS = """
			insert into customer (customer_id, name)
			select distinct customer_id, customer_name from invoice_staging
			on conflict (customer_id) do update set name = excluded.name
			    where customer.name is distinct from excluded.name
			""";

	private static final String INSERT_CUSTOMER_ACCOUNTS = """
			insert into customer_account (account, customer_id, source)
			select distinct customer_account, customer_id, 'invoice_import' from invoice_staging
			 where customer_account is not null
			on conflict (account, customer_id) do nothing
			""";

	/**
	 * Cashpost has posted cash against these invoices: their amounts are Cashpost's now,
	 * only what describes the invoice follows the ERP.
	 */
	private static final String UPDATE_KEPT = """
			update invoice i
			   set due_date = s.due_date,
			       discount_percent = s.discount_percent,
			       discount_until = s.discount_until,
			       payment_reference = s.payment_reference,
			       reference_key = s.reference_key
			  from invoice_staging s
			 where i.invoice_number = s.invoice_number
			   and exists (select 1 from allocation a where a.invoice_id = i.invoice_id and a.status = 'posted')
			""";

	private static final String UPDATE_CHANGED = """
			update invoice i
			   set number_key = s.number_key,
			       customer_id = s.customer_id,
			       currency = s.currency,
			       amount = s.amount,
			       open_amount = s.open_amount,
			       issue_date = s.issue_date,
			       due_date = s.due_date,
			       discount_percent = s.discount_percent,
			       discount_until = s.discount_until,
			       payment_reference = s.payment_reference,
			       reference_key = s.reference_key,
			       document_type = s.document_type
			  from invoice_staging s
			 where i.invoice_number = s.invoice_number
			   and not exists (select 1 from allocation a where a.invoice_id = i.invoice_id and a.status = 'posted')
			   and (i.customer_id, i.currency, i.amount, i.open_amount, i.issue_date, i.due_date, i.discount_percent,
			        i.discount_until, i.payment_reference, i.document_type)
			       is distinct from
			       (s.customer_id, s.currency, s.amount, s.open_amount, s.issue_date, s.due_date, s.discount_percent,
			        s.discount_until, s.payment_reference, s.document_type)
			""";

	private static final String INSERT_NEW = """
			insert into invoice (invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,
			    due_date, discount_percent, discount_until, payment_reference, reference_key, document_type)
			select invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,
			       due_date, discount_percent, discount_until, payment_reference, reference_key, document_type
			  from invoice_staging
			 order by line
			on conflict (invoice_number) do nothing
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	JdbcInvoiceStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Creates the staging table; it is dropped when the transaction ends. */
	void createStaging() {
		this.jdbc.sql(CREATE_STAGING).update();
	}

	void stage(List<InvoiceRow> rows) {
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(STAGE,
					rows.stream().map(JdbcInvoiceStore::parameters).toArray(SqlParameterSource[]::new));
		}
	}

	/** Upserts everything staged; runs once, after the last row is staged. */
	Upserted upsertStaged() {
		this.jdbc.sql("analyze invoice_staging").update();
		this.jdbc.sql(UPSERT_CUSTOMERS).update();
		this.jdbc.sql(INSERT_CUSTOMER_ACCOUNTS).update();
		int kept = this.jdbc.sql(UPDATE_KEPT).update();
		int updated = this.jdbc.sql(UPDATE_CHANGED).update();
		int created = this.jdbc.sql(INSERT_NEW).update();
		// The queries matching runs next must not be planned on statistics of the table
		// before this load (autovacuum may take a minute to look).
		this.jdbc.sql("analyze invoice, customer, customer_account").update();
		return new Upserted(created, updated, kept);
	}

	/** The row's values under the names both staging tables use. */
	static MapSqlParameterSource parameters(InvoiceRow row) {
		return new MapSqlParameterSource().addValue("line", row.line())
			.addValue("invoiceNumber", row.invoiceNumber())
			.addValue("numberKey", row.numberKey())
			.addValue("customerId", row.customerId())
			.addValue("customerName", row.customerName())
			.addValue("currency", row.currency().getCurrencyCode())
			.addValue("amount", row.amount())
			.addValue("openAmount", row.openAmount())
			.addValue("issueDate", row.issueDate())
			.addValue("dueDate", row.dueDate())
			.addValue("discountPercent", row.discountPercent(), Types.NUMERIC)
			.addValue("discountUntil", row.discountUntil(), Types.DATE)
			.addValue("customerAccount", row.customerAccount(), Types.VARCHAR)
			.addValue("paymentReference", row.paymentReference(), Types.VARCHAR)
			.addValue("referenceKey", row.referenceKey(), Types.VARCHAR)
			.addValue("documentType", row.documentType());
	}

	/** How many invoices the upsert created, changed, and kept Cashpost's amounts of. */
	record Upserted(int created, int updated, int kept) {
	}

}
