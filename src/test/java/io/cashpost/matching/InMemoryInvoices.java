package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.cashpost.invoice.AccountNumbers;
import io.cashpost.invoice.CustomerName;
import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.invoice.InvoicesByKey;
import io.cashpost.invoice.OpenInvoices;
import io.cashpost.invoice.PayerAccount;
import io.cashpost.money.Money;

/**
 * Invoices for unit tests of matching rules: the same lookups as the database, in memory.
 */
class InMemoryInvoices implements OpenInvoices {

	private final List<Invoice> invoices = new ArrayList<>();

	private final List<Invoice> creditNotes = new ArrayList<>();

	private final List<PayerAccount> accounts = new ArrayList<>();

	private final List<CustomerName> names = new ArrayList<>();

	private long nextId = 1;

	/** Look-ups of invoices by key so far: each one a round trip to the database. */
	private int keyLookups;

	Invoice add(String number, String customerId, String amount, String currency, String open, String reference) {
		return add(number, customerId, Money.of(amount, currency), Money.of(open, currency), LocalDate.of(2026, 10, 31),
				null, null, reference);
	}

	Invoice add(String number, String customerId, String amount, String reference) {
		return add(number, customerId, amount, "EUR", amount, reference);
	}

	/**
	 * An invoice due on {@code due}, with an early-payment discount until {@code until}.
	 */
	Invoice addWithDiscount(String number, String customerId, String amount, String percent, LocalDate until) {
		return add(number, customerId, Money.of(amount, "EUR"), Money.of(amount, "EUR"), until.plusDays(20),
				new BigDecimal(percent), until, null);
	}

	Invoice addDue(String number, String customerId, String amount, LocalDate due) {
		return add(number, customerId, Money.of(amount, "EUR"), Money.of(amount, "EUR"), due, null, null, null);
	}

	private Invoice add(String number, String customerId, Money amount, Money open, LocalDate due, BigDecimal percent,
			LocalDate until, String reference) {
		Invoice invoice = new Invoice(this.nextId++, number, customerId, amount, open, due.minusDays(30), due, percent,
				until, reference);
		this.invoices.add(invoice);
		return invoice;
	}

	/** A credit note of the customer, all of it unused. */
	Invoice addCreditNote(String number, String customerId, String amount) {
		Invoice note = new Invoice(this.nextId++, number, customerId, Money.of(amount, "EUR"), Money.of(amount, "EUR"),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), null, null, null);
		this.creditNotes.add(note);
		return note;
	}

	void account(String account, String customerId) {
		this.accounts.add(new PayerAccount(AccountNumbers.normalised(account), customerId, "invoice_import"));
	}

	void customer(String customerId, String name) {
		this.names.add(new CustomerName(customerId, name, false));
	}

	void alias(String customerId, String alias) {
		this.names.add(new CustomerName(customerId, alias, true));
	}

	int keyLookups() {
		return this.keyLookups;
	}

	@Override
	public InvoicesByKey byKeys(Collection<String> referenceKeys, Collection<String> numberKeys) {
		this.keyLookups++;
		InvoicesByKey found = new InvoicesByKey();
		for (Invoice invoice : this.invoices) {
			String referenceKey = InvoiceKeys.of(invoice.paymentReference());
			String numberKey = InvoiceKeys.of(invoice.number());
			boolean byReference = referenceKey != null && referenceKeys.contains(referenceKey);
			found.add(invoice, byReference ? referenceKey : null, numberKeys.contains(numberKey) ? numberKey : null);
		}
		return found;
	}

	@Override
	public List<Invoice> byReferenceKey(String referenceKey) {
		this.keyLookups++;
		return this.invoices.stream()
			.filter((invoice) -> referenceKey.equals(InvoiceKeys.of(invoice.paymentReference())))
			.toList();
	}

	@Override
	public List<Invoice> byNumberKeys(Collection<String> numberKeys) {
		this.keyLookups++;
		return this.invoices.stream()
			.filter((invoice) -> numberKeys.contains(InvoiceKeys.of(invoice.number())))
			.toList();
	}

	@Override
	public Optional<String> customerOfAccount(String account) {
		List<String> customers = this.accounts.stream()
			.filter((known) -> known.account().equals(AccountNumbers.normalised(account)))
			.map(PayerAccount::customerId)
			.distinct()
			.toList();
		return (customers.size() == 1) ? Optional.of(customers.get(0)) : Optional.empty();
	}

	@Override
	public void forEachOpen(Consumer<Invoice> action) {
		this.invoices.stream().filter(Invoice::isOpen).forEach(action);
	}

	@Override
	public void forEachOpenCreditNote(Consumer<Invoice> action) {
		this.creditNotes.stream().filter(Invoice::isOpen).forEach(action);
	}

	@Override
	public List<CustomerName> customerNames() {
		return List.copyOf(this.names);
	}

	@Override
	public List<PayerAccount> payerAccounts() {
		return List.copyOf(this.accounts);
	}

}
