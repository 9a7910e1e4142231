package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.invoice.OpenInvoices;
import io.cashpost.money.Money;

/**
 * Invoices for unit tests of matching rules: the same lookups as the database, in memory.
 */
class InMemoryInvoices implements OpenInvoices {

	private final List<Invoice> invoices = new ArrayList<>();

	private final Map<String, String> accounts = new HashMap<>();

	private long nextId = 1;

	Invoice add(String number, String customerId, String amount, String currency, String open, String reference) {
		Invoice invoice = new Invoice(this.nextId++, number, customerId, Money.of(amount, currency),
				Money.of(open, currency), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, null, reference);
		this.invoices.add(invoice);
		return invoice;
	}

	Invoice add(String number, String customerId, String amount, String reference) {
		return add(number, customerId, amount, "EUR", amount, reference);
	}

	void account(String account, String customerId) {
		this.accounts.put(account, customerId);
	}

	@Override
	public List<Invoice> byReferenceKey(String referenceKey) {
		return this.invoices.stream()
			.filter((invoice) -> referenceKey.equals(InvoiceKeys.of(invoice.paymentReference())))
			.toList();
	}

	@Override
	public List<Invoice> byNumberKeys(Collection<String> numberKeys) {
		return this.invoices.stream()
			.filter((invoice) -> numberKeys.contains(InvoiceKeys.of(invoice.number())))
			.toList();
	}

	@Override
	public Optional<String> customerOfAccount(String account) {
		return Optional.ofNullable(this.accounts.get(account));
	}

	static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

}
