package io.cashpost.invoice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Looks up invoices for matching through indexes, never by scanning all invoices. */
public interface OpenInvoices {

	/**
	 * Invoices whose payment reference has this key ({@link InvoiceKeys}), open or not.
	 */
	List<Invoice> byReferenceKey(String referenceKey);

	/** Invoices whose number has one of these keys ({@link InvoiceKeys}), open or not. */
	List<Invoice> byNumberKeys(Collection<String> numberKeys);

	/**
	 * Invoices, open or not, whose payment reference has one of {@code referenceKeys} or
	 * whose number has one of {@code numberKeys}: what {@link #byReferenceKey} and
	 * {@link #byNumberKeys} give for many payments at once, in one look-up.
	 */
	default InvoicesByKey byKeys(Collection<String> referenceKeys, Collection<String> numberKeys) {
		InvoicesByKey found = new InvoicesByKey();
		for (String key : referenceKeys) {
			byReferenceKey(key).forEach((invoice) -> found.add(invoice, key, null));
		}
		for (String key : numberKeys) {
			byNumberKeys(List.of(key)).forEach((invoice) -> found.add(invoice, null, key));
		}
		return found;
	}

	/** The customer a payer's account is known to belong to, when exactly one is. */
	Optional<String> customerOfAccount(String account);

	/**
	 * Hands every open invoice to {@code action}, one at a time, so that matching can
	 * index them all once per run without holding the rows twice.
	 */
	void forEachOpen(Consumer<Invoice> action);

	/**
	 * Hands every credit note with credit left to {@code action}: matching uses them when
	 * a payer nets them off, never as invoices to apply cash to.
	 */
	default void forEachOpenCreditNote(Consumer<Invoice> action) {
	}

	/** Every customer's name and aliases, for telling the payer by name. */
	List<CustomerName> customerNames();

	/**
	 * Every payer account known to belong to a customer, imported or learnt from
	 * confirmed matches.
	 */
	List<PayerAccount> payerAccounts();

	/**
	 * Hands every customer's name and aliases to {@code action}, one at a time, so that
	 * matching indexes them without holding them all as a list first.
	 */
	default void forEachCustomerName(Consumer<CustomerName> action) {
		customerNames().forEach(action);
	}

	/** Hands every known payer account to {@code action}, one at a time. */
	default void forEachPayerAccount(Consumer<PayerAccount> action) {
		payerAccounts().forEach(action);
	}

}
