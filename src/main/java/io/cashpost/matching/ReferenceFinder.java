package io.cashpost.matching;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.invoice.InvoicesByKey;
import io.cashpost.invoice.OpenInvoices;
import io.cashpost.matching.References.Hit;
import io.cashpost.money.Money;

/**
 * Finds the invoices a payment names, most certain form first: the structured creditor
 * reference and referred documents, then invoice numbers and references in the free text
 * (in full, then shortened as payers do), then, only when the amount confirms it, a
 * number with one typing slip. All lookups go through the index; only a payment naming
 * nothing open asks the database whether it names a settled invoice.
 */
final class ReferenceFinder {

	/** Candidates compared character by character for a typing slip, at most. */
	private static final int MAX_FUZZY_CANDIDATES = 2000;

	private final OpenItemIndex index;

	private final OpenInvoices invoices;

	private final MatchingProperties properties;

	/** What {@link #expect} looked up, by payment (transaction id), until decided. */
	private final Map<Long, List<Invoice>> expected = new ConcurrentHashMap<>();

	ReferenceFinder(OpenItemIndex index, OpenInvoices invoices, MatchingProperties properties) {
		this.index = index;
		this.invoices = invoices;
		this.properties = properties;
	}

	References find(Payment payment) {
		References structured = structured(payment);
		if (!structured.hits().isEmpty()) {
			return structured;
		}
		Set<String> textKeys = textKeys(payment);
		References text = inText(textKeys,
				InvoiceNumberCandidates.siblings(payment.remittance().text(), this.properties.textWindow()));
		if (!text.hits().isEmpty()) {
			return text;
		}
		References typo = withTypingSlip(payment, textKeys);
		if (!typo.hits().isEmpty()) {
			return typo;
		}
		return settledElsewhere(payment, textKeys);
	}

	private References structured(Payment payment) {
		String reference = payment.remittance().creditorReference();
		if (reference != null) {
			List<OpenItem> found = this.index.byKey(InvoiceKeys.of(reference));
			if (!found.isEmpty()) {
				return references(found, Strength.STRUCTURED, "creditor_reference",
						"creditor reference " + reference + " is on " + numbers(found));
			}
		}
		Map<OpenItem, Strength> found = new LinkedHashMap<>();
		for (String document : payment.remittance().referredDocuments()) {
			String key = InvoiceKeys.of(document);
			this.index.byKey(key).forEach((item) -> found.putIfAbsent(item, Strength.STRUCTURED));
			this.index.byVariant(key).forEach((item) -> found.putIfAbsent(item, Strength.VARIANT));
		}
		if (found.isEmpty()) {
			return References.NONE;
		}
		return references(found, "referred_document", "referred document "
				+ String.join(", ", payment.remittance().referredDocuments()) + " is " + numbers(found.keySet()));
	}

	/**
	 * A short key (a plain four-digit number, say) found in text is as weak as a
	 * shortened one or a sibling ({@code INV-2026-1001, 1002}): the amount must confirm
	 * it.
	 */
	private References inText(Set<String> keys, Set<String> siblings) {
		Map<OpenItem, Strength> found = new LinkedHashMap<>();
		for (String key : keys) {
			Strength strength = (key.length() >= this.properties.fuzzyMinLength()) ? Strength.TEXT : Strength.VARIANT;
			this.index.byKey(key).forEach((item) -> found.merge(item, strength, ReferenceFinder::stronger));
		}
		int inFull = found.size();
		for (String key : keys) {
			this.index.byVariant(key).forEach((item) -> found.putIfAbsent(item, Strength.VARIANT));
		}
		for (String key : siblings) {
			this.index.byKey(key).forEach((item) -> found.putIfAbsent(item, Strength.VARIANT));
		}
		if (found.isEmpty()) {
			return References.NONE;
		}
		boolean shortened = found.size() > inFull;
		return references(found, shortened ? "invoice_number_shortened" : "invoice_number_in_text",
				"remittance text names " + numbers(found.keySet()) + (shortened ? " (number shortened)" : ""));
	}

	/**
	 * A number with one wrong, missing, extra or swapped character, among the invoices
	 * whose amount fits the payment: the amount is what makes the slip safe to forgive.
	 */
	private References withTypingSlip(Payment payment, Set<String> textKeys) {
		Set<String> written = new LinkedHashSet<>();
		textKeys.stream().filter((key) -> key.length() >= this.properties.fuzzyMinLength()).forEach(written::add);
		if (payment.remittance().creditorReference() != null) {
			written.add(InvoiceKeys.of(payment.remittance().creditorReference()));
		}
		payment.remittance().referredDocuments().forEach((document) -> written.add(InvoiceKeys.of(document)));
		if (written.isEmpty()) {
			return References.NONE;
		}
		Map<OpenItem, String> found = new LinkedHashMap<>();
		for (OpenItem item : amountCandidates(payment,
				(number, reference) -> oneSlipOff(written, keysOf(number, reference)).isPresent())) {
			oneSlipOff(written, keysOf(item.invoice().number(), item.invoice().paymentReference()))
				.ifPresent((text) -> found.put(item, text));
		}
		if (found.isEmpty()) {
			return References.NONE;
		}
		return references(found.keySet(), Strength.FUZZY, "invoice_number_typo",
				found.entrySet()
					.stream()
					.map((entry) -> "\"" + entry.getValue() + "\" is one character off " + entry.getKey())
					.collect(Collectors.joining(", ")));
	}

	/**
	 * Invoices whose open amount, discounted amount or amount within tolerance is paid,
	 * and whose number or reference passes the test.
	 */
	private List<OpenItem> amountCandidates(Payment payment, BiPredicate<String, String> numberAndReference) {
		Money paid = payment.amount();
		MatchingProperties.Tolerance tolerance = this.properties.writeOff()
			.tolerances()
			.get(paid.currency().getCurrencyCode());
		Money band = new Money((tolerance != null) ? tolerance.amount() : BigDecimal.ZERO, paid.currency());
		return this.index.payableBy(paid, band, MAX_FUZZY_CANDIDATES, numberAndReference);
	}

	/**
	 * The first of the written keys that is one character off one of the invoice's keys
	 * (each as long as a number must be to be compared so).
	 */
	private Optional<String> oneSlipOff(Set<String> written, Set<String> invoiceKeys) {
		for (String key : invoiceKeys) {
			if (key.length() >= this.properties.fuzzyMinLength()) {
				for (String text : written) {
					if (EditDistance.withinOne(text, key)) {
						return Optional.of(text);
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The full number and reference only: a shortened number with a slip besides is too
	 * far from what was issued.
	 */
	private static Set<String> keysOf(String number, String paymentReference) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(InvoiceKeys.of(number));
		String reference = InvoiceKeys.of(paymentReference);
		if (reference != null && !reference.isEmpty()) {
			keys.add(reference);
		}
		return keys;
	}

	/**
	 * Looks up at once what each of these payments names exactly, for
	 * {@link #settledElsewhere} to use when it comes to them: one query for a page of
	 * payments instead of one for every payment that names nothing open. A payment whose
	 * keys name an indexed invoice is left out: {@link #find} stops at that invoice
	 * (indexed invoices stay in the index, open or settled since). The answer is kept
	 * until {@link #forget} (each decision ends with it).
	 */
	void expect(List<Payment> payments) {
		Map<Payment, NamedKeys> keys = new LinkedHashMap<>();
		Set<String> referenceKeys = new LinkedHashSet<>();
		Set<String> numberKeys = new LinkedHashSet<>();
		for (Payment payment : payments) {
			if (payment.isReceipt() && payment.status().isBooked()) {
				NamedKeys named = namedKeys(payment, textKeys(payment));
				if (namesAnIndexedInvoice(named)) {
					// found in the index, by its structured reference or in its text, as
					// it comes: it never asks for settled invoices
					continue;
				}
				keys.put(payment, named);
				if (named.referenceKey() != null) {
					referenceKeys.add(named.referenceKey());
				}
				numberKeys.addAll(named.numberKeys());
			}
		}
		if (keys.isEmpty()) {
			return;
		}
		InvoicesByKey found = this.invoices.byKeys(referenceKeys, numberKeys);
		keys.forEach((payment, named) -> this.expected.put(payment.transactionId(), named.in(found)));
	}

	private boolean namesAnIndexedInvoice(NamedKeys named) {
		if (named.referenceKey() != null && !this.index.byKey(named.referenceKey()).isEmpty()) {
			return true;
		}
		for (String key : named.numberKeys()) {
			if (!this.index.byKey(key).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/** Drops what {@link #expect} looked up for the payment. */
	void forget(Payment payment) {
		this.expected.remove(payment.transactionId());
	}

	/**
	 * Invoices named exactly that are not in the index (settled before the run, or
	 * imported since): paid twice is an exception, not an unknown payment. Looked up with
	 * the payment's page ({@link #expect}) or, for a payment decided alone, now.
	 */
	private References settledElsewhere(Payment payment, Set<String> textKeys) {
		List<Invoice> found = this.expected.get(payment.transactionId());
		if (found == null) {
			NamedKeys named = namedKeys(payment, textKeys);
			found = named.isEmpty() ? List.of()
					: named.in(this.invoices.byKeys(named.referenceKeys(), named.numberKeys()));
		}
		if (found.isEmpty()) {
			return References.NONE;
		}
		return new References(List.of(), found, "settled_invoice",
				"payment names " + found.stream().map(Invoice::number).collect(Collectors.joining(", ")));
	}

	/**
	 * The keys a payment names an invoice by exactly: its creditor reference as a payment
	 * reference, and as a number together with the numbers in its text and its referred
	 * documents.
	 */
	private static NamedKeys namedKeys(Payment payment, Set<String> textKeys) {
		String reference = payment.remittance().creditorReference();
		String referenceKey = (reference != null) ? InvoiceKeys.of(reference) : null;
		Set<String> numberKeys = new LinkedHashSet<>(textKeys);
		payment.remittance().referredDocuments().forEach((document) -> numberKeys.add(InvoiceKeys.of(document)));
		if (referenceKey != null) {
			numberKeys.add(referenceKey);
		}
		numberKeys.removeIf((key) -> key == null || key.isEmpty());
		return new NamedKeys((referenceKey == null || referenceKey.isEmpty()) ? null : referenceKey, numberKeys);
	}

	private record NamedKeys(String referenceKey, Set<String> numberKeys) {

		boolean isEmpty() {
			return this.referenceKey == null && this.numberKeys.isEmpty();
		}

		Set<String> referenceKeys() {
			return (this.referenceKey != null) ? Set.of(this.referenceKey) : Set.of();
		}

		List<Invoice> in(InvoicesByKey found) {
			return found.named(this.referenceKey, this.numberKeys);
		}

	}

	private Set<String> textKeys(Payment payment) {
		Set<String> keys = InvoiceNumberCandidates.in(payment.remittance().text(), this.properties.textWindow());
		String reference = payment.remittance().creditorReference();
		if (reference != null) {
			keys.addAll(InvoiceNumberCandidates.in(reference, this.properties.textWindow()));
		}
		return keys;
	}

	private static Strength stronger(Strength a, Strength b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static References references(Collection<OpenItem> items, Strength strength, String rule, String evidence) {
		return new References(items.stream().map((item) -> new Hit(item, strength)).toList(), List.of(), rule,
				evidence);
	}

	private static References references(Map<OpenItem, Strength> found, String rule, String evidence) {
		return new References(
				found.entrySet().stream().map((entry) -> new Hit(entry.getKey(), entry.getValue())).toList(), List.of(),
				rule, evidence);
	}

	private static String numbers(Collection<OpenItem> items) {
		return items.stream().map((item) -> item.invoice().number()).collect(Collectors.joining(", "));
	}

}
