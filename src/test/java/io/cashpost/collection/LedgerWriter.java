package io.cashpost.collection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.cashpost.invoice.InvoiceKeys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test support: writes a small ledger straight in SQL, at chosen times, the way posting
 * leaves it: a balanced journal entry, its allocation, the invoice's open amount reduced
 * in the same transaction (the database's deferred checks hold it to that). Reversals
 * mirror the entry, mark the allocation reversed and reopen the invoice.
 */
public final class LedgerWriter {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final TransactionTemplate transactions;

	private long fileId;

	private int entries;

	public LedgerWriter(JdbcClient jdbc, ZoneId zone, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.zone = zone;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Noon of the day, in the ledger's time zone. */
	public Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(this.zone).toInstant();
	}

	public LedgerWriter customer(String id, String name) {
		this.jdbc.sql("insert into customer (customer_id, name) values (:id, :name) on conflict do nothing")
			.param("id", id)
			.param("name", name)
			.update();
		return this;
	}

	public long invoice(String number, String customerId, String currency, String amount, LocalDate issued,
			LocalDate due) {
		return this.jdbc.sql("""
				insert into invoice (invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,
				                     due_date)
				values (:number, :key, :customerId, :currency, :amount, :amount, :issued, :due)
				returning invoice_id
				""")
			.param("number", number)
			.param("key", InvoiceKeys.of(number))
			.param("customerId", customerId)
			.param("currency", currency)
			.param("amount", new BigDecimal(amount))
			.param("issued", issued)
			.param("due", due)
			.query(Long.class)
			.single();
	}

	/** A bank transaction of an ingested file, as staging leaves it. */
	public long bankTransaction(String amount, String currency, String payer, String payerAccount, Instant at) {
		if (this.fileId == 0) {
			this.fileId = this.jdbc.sql("""
					insert into statement_file (sha256, file_name, size_bytes, format, status, received_at, ingested_at)
					values (:sha, 'ledger.xml', 1, 'camt.053.001.08', 'ingested', :at, :at)
					returning file_id
					""")
				.param("sha", UUID.randomUUID().toString().replace("-", "") + "0".repeat(32))
				.param("at", Timestamp.from(at))
				.query(Long.class)
				.single();
		}
		int index = ++this.entries;
		LocalDate day = at.atZone(this.zone).toLocalDate();
		return this.jdbc.sql("""
				insert into bank_transaction (file_id, statement_ref, entry_index, split_index, entry_ref, account,
				                              currency, amount, booking_date, value_date, entry_status, debtor_name,
				                              debtor_account, source_key, match_status)
				values (:fileId, 'S', :index, 0, :ref, 'DE75512108001245126199', :currency, :amount, :day, :day,
				        'BOOKED', :payer, :payerAccount, :key, 'posted')
				returning transaction_id
				""")
			.param("fileId", this.fileId)
			.param("index", index)
			.param("ref", "REF-" + index)
			.param("currency", currency)
			.param("amount", new BigDecimal(amount))
			.param("day", day)
			.param("payer", payer)
			.param("payerAccount", payerAccount)
			.param("key", "test|" + UUID.randomUUID())
			.query(Long.class)
			.single();
	}

	/**
	 * Posts a receipt of the amount to the invoice at the time, by a matching rule.
	 * @return the journal entry
	 */
	public long pay(String invoiceNumber, String amount, Instant at) {
		return pay(invoiceNumber, amount, "0", null, at);
	}

	/**
	 * Posts a receipt of the amount to the invoice, the payer having deducted the
	 * deduction for the reason: the invoice stays open by it.
	 * @return the journal entry
	 */
	public long pay(String invoiceNumber, String amount, String deduction, String reason, Instant at) {
		return this.transactions.execute((status) -> payNow(invoiceNumber, amount, deduction, reason, at));
	}

	private long payNow(String invoiceNumber, String amount, String deduction, String reason, Instant at) {
		Invoice invoice = invoice(invoiceNumber);
		long transactionId = bankTransaction(amount, invoice.currency(), "Payer of " + invoiceNumber, null, at);
		long entryId = entry("receipt", transactionId, null, invoice.currency(), at);
		lines(entryId, amount, "1400", invoice.customerId(), invoice.invoiceId());
		this.jdbc.sql("""
				insert into allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency,
				                        applied_amount, rule, confidence, posted_at, deduction_amount, deduction_reason)
				values (:entryId, :transactionId, :invoiceId, :customerId, :currency, :amount, 'reference', 1, :at,
				        :deduction, :reason)
				""")
			.param("deduction", new BigDecimal(deduction))
			.param("reason", reason)
			.param("entryId", entryId)
			.param("transactionId", transactionId)
			.param("invoiceId", invoice.invoiceId())
			.param("customerId", invoice.customerId())
			.param("currency", invoice.currency())
			.param("amount", new BigDecimal(amount))
			.param("at", Timestamp.from(at))
			.update();
		this.jdbc.sql("update invoice set open_amount = open_amount - :amount where invoice_id = :id")
			.param("amount", new BigDecimal(amount))
			.param("id", invoice.invoiceId())
			.update();
		return entryId;
	}

	/** The bank returned the receipt: the entry is reversed and the invoice reopens. */
	public long reverse(long entryId, Instant at) {
		return this.transactions.execute((status) -> reverseNow(entryId, at));
	}

	private long reverseNow(long entryId, Instant at) {
		Entry original = this.jdbc.sql(
				"select journal_entry_id, bank_transaction_id, currency from journal_entry where journal_entry_id = :id")
			.param("id", entryId)
			.query(Entry.class)
			.single();
		long reversal = entry("reversal", original.bankTransactionId(), entryId, original.currency(), at);
		this.jdbc
			.sql("""
					insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
					select :reversal, line_no, account_code, customer_id, invoice_id, credit, debit
					  from journal_line where journal_entry_id = :original
					""")
			.param("reversal", reversal)
			.param("original", entryId)
			.update();
		this.jdbc.sql("""
				with reversed as (
				    update allocation set status = 'reversed' where journal_entry_id = :original
				    returning invoice_id, applied_amount
				)
				update invoice i set open_amount = i.open_amount + r.applied_amount
				  from reversed r where r.invoice_id = i.invoice_id
				""").param("original", entryId).update();
		return reversal;
	}

	/**
	 * A receipt nobody could place: booked to suspense and queued, optionally naming a
	 * suggested customer.
	 * @return the exception item
	 */
	public long unplaced(String amount, String currency, String payer, String payerAccount, String suggestedCustomer,
			Instant at) {
		return this.transactions
			.execute((status) -> unplacedNow(amount, currency, payer, payerAccount, suggestedCustomer, "?", at));
	}

	/** The same, suggesting one invoice of the customer. */
	public long unplacedSuggesting(String amount, String currency, String payer, String invoiceNumber, String customer,
			Instant at) {
		return this.transactions
			.execute((status) -> unplacedNow(amount, currency, payer, null, customer, invoiceNumber, at));
	}

	private long unplacedNow(String amount, String currency, String payer, String payerAccount,
			String suggestedCustomer, String invoiceNumber, Instant at) {
		long transactionId = bankTransaction(amount, currency, payer, payerAccount, at);
		long entryId = entry("receipt", transactionId, null, currency, at);
		lines(entryId, amount, "1590", null, null);
		String suggestions = (suggestedCustomer != null)
				? "[{\"invoice_number\": \"" + invoiceNumber + "\", \"customer_id\": \"" + suggestedCustomer
						+ "\", \"open_amount\": \"" + amount + "\", \"currency\": \"" + currency
						+ "\", \"score\": 0.62, \"why\": \"payer name like the customer's\"}]"
				: "[]";
		return this.jdbc
			.sql("""
					insert into exception_item (bank_transaction_id, reason, detail, suggestions, suspense_entry_id, created_at)
					values (:transactionId, 'no_candidate', 'test', cast(:suggestions as jsonb), :entryId, :at)
					returning exception_id
					""")
			.param("transactionId", transactionId)
			.param("suggestions", suggestions)
			.param("entryId", entryId)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Records that a person closed the exception (the money movement is not needed here).
	 */
	public void closed(long exceptionId, Instant at) {
		this.jdbc.sql("""
				insert into exception_resolution (exception_id, kind, detail, resolved_by, resolved_at)
				values (:id, 'dismiss', 'test', 'tester', :at)
				""").param("id", exceptionId).param("at", Timestamp.from(at)).update();
		this.jdbc.sql("update exception_item set status = 'resolved' where exception_id = :id")
			.param("id", exceptionId)
			.update();
	}

	private long entry(String kind, long transactionId, Long reverses, String currency, Instant at) {
		return this.jdbc
			.sql("""
					insert into journal_entry (posting_key, kind, bank_transaction_id, reverses_entry_id, currency, posted_at)
					values (:key, :kind, :transactionId, :reverses, :currency, :at)
					returning journal_entry_id
					""")
			.param("key", kind + "|" + UUID.randomUUID())
			.param("kind", kind)
			.param("transactionId", transactionId)
			.param("reverses", reverses)
			.param("currency", currency)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/**
	 * Cash in, the account credited: both lines in one statement, as the ledger wants
	 * them.
	 */
	private void lines(long entryId, String amount, String credited, String customerId, Long invoiceId) {
		this.jdbc
			.sql("""
					insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, debit, credit)
					values (:entryId, 1, '1200', null, null, :amount, 0),
					       (:entryId, 2, :credited, :customerId, :invoiceId, 0, :amount)
					""")
			.param("entryId", entryId)
			.param("amount", new BigDecimal(amount))
			.param("credited", credited)
			.param("customerId", customerId)
			.param("invoiceId", invoiceId)
			.update();
	}

	private Invoice invoice(String number) {
		return this.jdbc.sql("select invoice_id, customer_id, currency from invoice where invoice_number = :number")
			.param("number", number)
			.query(Invoice.class)
			.single();
	}

	record Invoice(long invoiceId, String customerId, String currency) {
	}

	record Entry(long journalEntryId, Long bankTransactionId, String currency) {
	}

}
