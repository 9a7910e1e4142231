package io.cashpost.invoice;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import io.cashpost.database.SqlArrays;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds invoices for matching through the indexes on {@code number_key},
 * {@code reference_key} and {@code customer_account}'s primary key.
 */
@Repository
class JdbcOpenInvoices implements OpenInvoices {

	static final String BY_REFERENCE_KEY = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where reference_key = :key and document_type = 'invoice'
			 order by invoice_id
			""";

	static final String BY_NUMBER_KEYS = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where number_key = any (:keys::text[]) and document_type = 'invoice'
			 order by invoice_id
			""";

	static final String BY_KEYS = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference,
			       case when reference_key = any (:referenceKeys::text[]) then reference_key end as found_reference,
			       case when number_key = any (:numberKeys::text[]) then number_key end as found_number
			  from invoice
			 where (reference_key = any (:referenceKeys::text[]) or number_key = any (:numberKeys::text[]))
			   and document_type = 'invoice'
			""";

	/** Two rows are enough to know the account is not one customer's. */
	static final String CUSTOMERS_OF_ACCOUNT = """
			select customer_id from customer_account where account = :account order by customer_id limit 2
			""";

	static final String OPEN = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where open_amount > 0 and document_type = 'invoice'
			""";

	/** Credit notes with credit left: few beside the invoices. */
	static final String OPEN_CREDIT_NOTES = """
			select invoice_id, invoice_number, customer_id, currency, amount, open_amount, issue_date, due_date,
			       discount_percent, discount_until, payment_reference
			  from invoice
			 where open_amount > 0 and document_type = 'credit_note'
			""";

	static final String CUSTOMER_NAMES = """
			select customer_id, name, false as alias from customer
			union all
			select customer_id, alias, true from customer_alias
			 order by customer_id, alias, name
			""";

	static final String PAYER_ACCOUNTS = """
			select account, customer_id, source from customer_account order by account, customer_id
			""";

	/** Rows fetched per round trip while streaming all open invoices. */
	private static final int FETCH_SIZE = 5000;

	private final JdbcClient jdbc;

	JdbcOpenInvoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Invoice> byReferenceKey(String referenceKey) {
		if (referenceKey == null || referenceKey.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(BY_REFERENCE_KEY).param("key", referenceKey).query(JdbcOpenInvoices::invoice).list();
	}

	@Override
	public List<Invoice> byNumberKeys(Collection<String> numberKeys) {
		List<String> keys = usable(numberKeys);
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(BY_NUMBER_KEYS)
			.param("keys", SqlArrays.text(keys, (key) -> key))
			.query(JdbcOpenInvoices::invoice)
			.list();
	}

	/**
	 * One statement, whatever the number of keys: one round trip for a page of payments.
	 */
	@Override
	public InvoicesByKey byKeys(Collection<String> referenceKeys, Collection<String> numberKeys) {
		InvoicesByKey found = new InvoicesByKey();
		List<String> references = usable(referenceKeys);
		List<String> numbers = usable(numberKeys);
		if (references.isEmpty() && numbers.isEmpty()) {
			return found;
		}
		this.jdbc.sql(BY_KEYS)
			.param("referenceKeys", SqlArrays.text(references, (key) -> key))
			.param("numberKeys", SqlArrays.text(numbers, (key) -> key))
			.query((ResultSet rs) -> found.add(invoice(rs, 0), rs.getString("found_reference"),
					rs.getString("found_number")));
		return found;
	}

	private static List<String> usable(Collection<String> keys) {
		return keys.stream().filter(Objects::nonNull).filter((key) -> !key.isEmpty()).distinct().toList();
	}

	@Override
	public Optional<String> customerOfAccount(String account) {
		if (account == null || account.isBlank()) {
			return Optional.empty();
		}
		List<String> customers = this.jdbc.sql(CUSTOMERS_OF_ACCOUNT)
			.param("account", AccountNumbers.normalised(account))
			.query(String.class)
			.list();
		return (customers.size() == 1) ? Optional.of(customers.get(0)) : Optional.empty();
	}

	/**
	 * Streams inside a read-only transaction: PostgreSQL honours the fetch size only with
	 * auto-commit off, so a million invoices never sit in memory as rows.
	 */
	@Override
	@Transactional(readOnly = true)
	public void forEachOpen(Consumer<Invoice> action) {
		this.jdbc.sql(OPEN).withFetchSize(FETCH_SIZE).query((ResultSet rs) -> action.accept(invoice(rs, 0)));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachOpenCreditNote(Consumer<Invoice> action) {
		this.jdbc.sql(OPEN_CREDIT_NOTES)
			.withFetchSize(FETCH_SIZE)
			.query((ResultSet rs) -> action.accept(invoice(rs, 0)));
	}

	@Override
	public List<CustomerName> customerNames() {
		return this.jdbc.sql(CUSTOMER_NAMES)
			.query((rs, row) -> new CustomerName(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	@Override
	public List<PayerAccount> payerAccounts() {
		return this.jdbc.sql(PAYER_ACCOUNTS)
			.query((rs, row) -> new PayerAccount(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachCustomerName(Consumer<CustomerName> action) {
		this.jdbc.sql(CUSTOMER_NAMES)
			.withFetchSize(FETCH_SIZE)
			.query((ResultSet rs) -> action
				.accept(new CustomerName(rs.getString(1), rs.getString(2), rs.getBoolean(3))));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachPayerAccount(Consumer<PayerAccount> action) {
		this.jdbc.sql(PAYER_ACCOUNTS)
			.withFetchSize(FETCH_SIZE)
			.query((ResultSet rs) -> action
				.accept(new PayerAccount(rs.getString(1), rs.getString(2), rs.getString(3))));
	}

	/** Maps a row of the invoice columns every lookup selects. */
	static Invoice invoice(ResultSet rs, int row) throws SQLException {
		Currency currency = Currency.getInstance(rs.getString("currency"));
		return new Invoice(rs.getLong("invoice_id"), rs.getString("invoice_number"), rs.getString("customer_id"),
				money(rs.getBigDecimal("amount"), currency), money(rs.getBigDecimal("open_amount"), currency),
				rs.getObject("issue_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
				plain(rs.getBigDecimal("discount_percent"), 0), rs.getObject("discount_until", LocalDate.class),
				rs.getString("payment_reference"));
	}

	/** numeric(19,4) comes back as {@code 1250.0000}: show it in the currency's scale. */
	private static Money money(BigDecimal amount, Currency currency) {
		return new Money(plain(amount, currency.getDefaultFractionDigits()), currency);
	}

	/** Without trailing zeros beyond {@code minScale}, never losing a digit. */
	private static BigDecimal plain(BigDecimal value, int minScale) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < minScale) ? stripped.setScale(minScale) : stripped;
	}

}
