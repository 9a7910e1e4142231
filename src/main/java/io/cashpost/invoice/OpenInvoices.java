package io.cashpost.invoice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Looks up invoices for matching through indexes, never by scanning all invoices. */
public interface OpenInvoices {

	/**
	 * Invoices whose payment reference has this key ({@link InvoiceKeys}), open or not.
	 */
	List<Invoice> byReferenceKey(String referenceKey);

	/** Invoices whose number has one of these keys ({@link InvoiceKeys}), open or not. */
	List<Invoice> byNumberKeys(Collection<String> numberKeys);

	/** The customer a payer's account is known to belong to, when exactly one is. */
	Optional<String> customerOfAccount(String account);

}
