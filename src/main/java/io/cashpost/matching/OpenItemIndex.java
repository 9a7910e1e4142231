package io.cashpost.matching;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.money.Money;

/**
 * Every open invoice, indexed once per run by number and reference (with the variants
 * payers write), by customer and by amount, so that each payment costs a handful of hash
 * lookups however many invoices are open. It also holds the invoices the run settles, so
 * that a second payment for one of them is recognised.
 */
final class OpenItemIndex {

	/**
	 * The order in which candidates are offered: due first, then issued first, then id.
	 */
	static final Comparator<OpenItem> OLDEST_FIRST = Comparator.comparing((OpenItem item) -> item.invoice().dueDate())
		.thenComparing((item) -> item.invoice().issueDate())
		.thenComparingLong(OpenItem::id);

	private final Map<Long, OpenItem> byId = new HashMap<>();

	/** Full invoice numbers and payment references, reduced to letters and digits. */
	private final Map<String, List<OpenItem>> byKey = new HashMap<>();

	/** Invoice numbers without prefix or leading zeros. */
	private final Map<String, List<OpenItem>> byVariant = new HashMap<>();

	private final Map<String, List<OpenItem>> byCustomer = new HashMap<>();

	private final Map<Currency, NavigableMap<Long, List<OpenItem>>> byOpenAmount = new HashMap<>();

	/** Invoices with discount terms, by what is due once the discount is taken. */
	private final Map<Currency, NavigableMap<Long, List<OpenItem>>> byDiscountedAmount = new HashMap<>();

	private final Map<String, String> customerIds = new HashMap<>();

	private final Map<LocalDate, LocalDate> dates = new HashMap<>();

	void add(Invoice loaded) {
		Invoice invoice = canonical(loaded);
		OpenItem item = new OpenItem(invoice);
		this.byId.put(invoice.id(), item);
		String numberKey = InvoiceKeys.of(invoice.number());
		put(this.byKey, numberKey, item);
		String referenceKey = InvoiceKeys.of(invoice.paymentReference());
		if (referenceKey != null && !referenceKey.isEmpty() && !referenceKey.equals(numberKey)) {
			put(this.byKey, referenceKey, item);
		}
		for (String variant : InvoiceNumberVariants.of(invoice.number())) {
			put(this.byVariant, variant, item);
		}
		put(this.byCustomer, invoice.customerId(), item);
		put(this.byOpenAmount.computeIfAbsent(currency(invoice), (currency) -> new TreeMap<>()),
				Amounts.units(invoice.openAmount()), item);
		if (Amounts.hasDiscountTerms(invoice)) {
			long discounted = Amounts.units(invoice.amount().minus(Amounts.discountOf(invoice)));
			put(this.byDiscountedAmount.computeIfAbsent(currency(invoice), (currency) -> new TreeMap<>()), discounted,
					item);
		}
	}

	int size() {
		return this.byId.size();
	}

	/** Invoices whose number or payment reference has this key. */
	List<OpenItem> byKey(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/** Invoices whose number, shortened as payers do, has this key. */
	List<OpenItem> byVariant(String key) {
		return this.byVariant.getOrDefault(key, List.of());
	}

	/** The customer's invoices still open, oldest first. */
	List<OpenItem> openOf(String customerId) {
		List<OpenItem> items = new ArrayList<>();
		for (OpenItem item : this.byCustomer.getOrDefault(customerId, List.of())) {
			if (item.isOpen()) {
				items.add(item);
			}
		}
		items.sort(OLDEST_FIRST);
		return items;
	}

	/** Open invoices with exactly this open amount. */
	List<OpenItem> withOpenAmount(Money amount) {
		NavigableMap<Long, List<OpenItem>> amounts = this.byOpenAmount.get(amount.currency());
		if (amounts == null) {
			return List.of();
		}
		return amounts.getOrDefault(Amounts.units(amount), List.of());
	}

	/** Open invoices whose open amount is from {@code low} to {@code high}. */
	List<OpenItem> withOpenAmountBetween(Money low, Money high) {
		NavigableMap<Long, List<OpenItem>> amounts = this.byOpenAmount.get(low.currency());
		if (amounts == null) {
			return List.of();
		}
		List<OpenItem> items = new ArrayList<>();
		amounts.subMap(Amounts.units(low), true, Amounts.units(high), true).values().forEach(items::addAll);
		return items;
	}

	/**
	 * Invoices that come to this amount once their early-payment discount is taken,
	 * whatever the date: the caller checks the period.
	 */
	List<OpenItem> withDiscountedAmount(Money amount) {
		NavigableMap<Long, List<OpenItem>> amounts = this.byDiscountedAmount.get(amount.currency());
		if (amounts == null) {
			return List.of();
		}
		return amounts.getOrDefault(Amounts.units(amount), List.of());
	}

	/** Records what a decision of this run settles on an invoice. */
	void settle(long invoiceId, Money settled) {
		OpenItem item = this.byId.get(invoiceId);
		if (item == null) {
			return;
		}
		NavigableMap<Long, List<OpenItem>> amounts = this.byOpenAmount.get(currency(item.invoice()));
		remove(amounts, Amounts.units(item.open()), item);
		item.settle(settled);
		if (item.isOpen()) {
			put(amounts, Amounts.units(item.open()), item);
		}
	}

	/**
	 * The invoice with shared copies of what a million invoices repeat (customer ids,
	 * dates, the amount when nothing was paid yet): the index then holds each once.
	 */
	private Invoice canonical(Invoice invoice) {
		String customerId = this.customerIds.computeIfAbsent(invoice.customerId(), (id) -> id);
		Money open = invoice.openAmount().isSameAs(invoice.amount()) ? invoice.amount() : invoice.openAmount();
		return new Invoice(invoice.id(), invoice.number(), customerId, invoice.amount(), open,
				date(invoice.issueDate()), date(invoice.dueDate()), invoice.discountPercent(),
				date(invoice.discountUntil()), invoice.paymentReference());
	}

	private LocalDate date(LocalDate date) {
		return (date != null) ? this.dates.computeIfAbsent(date, (d) -> d) : null;
	}

	private static Currency currency(Invoice invoice) {
		return invoice.amount().currency();
	}

	private static <K> void put(Map<K, List<OpenItem>> map, K key, OpenItem item) {
		List<OpenItem> items = map.get(key);
		if (items == null) {
			map.put(key, List.of(item));
		}
		else if (items.size() == 1) {
			List<OpenItem> more = new ArrayList<>(2);
			more.add(items.get(0));
			more.add(item);
			map.put(key, more);
		}
		else {
			items.add(item);
		}
	}

	private static <K> void remove(Map<K, List<OpenItem>> map, K key, OpenItem item) {
		List<OpenItem> items = map.get(key);
		if (items == null) {
			return;
		}
		List<OpenItem> left = new ArrayList<>(items);
		left.remove(item);
		if (left.isEmpty()) {
			map.remove(key);
		}
		else {
			map.put(key, left);
		}
	}

	static List<Invoice> invoices(Collection<OpenItem> items) {
		return items.stream().map(OpenItem::invoice).toList();
	}

}
