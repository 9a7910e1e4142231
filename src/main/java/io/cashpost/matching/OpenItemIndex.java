package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.money.Money;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every open invoice, indexed once per run by number and reference (with the variants
 * payers write), by customer and by amount, so that each payment costs a handful of
 * lookups however many invoices are open. It also holds the invoices the run settles, so
 * that a second payment for one of them is recognised.
 * <p>
 * Compact ({@link InvoiceColumns}, {@link KeyIndex}, {@link AmountIndex}: some 160 bytes
 * per invoice) and safe to read from several threads at once; what a decision settles is
 * carried in through {@link #settle}, which refuses a decision taken on what has changed
 * since.
 */
final class OpenItemIndex {

	private static final Logger logger = LoggerFactory.getLogger(OpenItemIndex.class);

	private final InvoiceColumns columns;

	private final CustomerInvoices customers;

	/** Full invoice numbers and payment references, reduced to letters and digits. */
	private final KeyIndex byKey;

	/** Invoice numbers without prefix or leading zeros. */
	private final KeyIndex byVariant;

	private final Map<Currency, AmountIndex> byOpenAmount;

	/** Invoices with discount terms, by what is due once the discount is taken. */
	private final Map<Currency, AmountIndex> byDiscountedAmount;

	private final CustomerVersions versions;

	private OpenItemIndex(Builder built) {
		this.columns = built.columns.build();
		this.customers = CustomerInvoices.of(this.columns);
		this.byKey = built.byKey;
		this.byVariant = built.byVariant;
		this.byOpenAmount = byCurrency(this.columns, RowSort.rows(this.columns.size()), this.columns::open);
		this.byDiscountedAmount = byCurrency(this.columns, Arrays.copyOf(built.discountedRows, built.discounted),
				(row) -> built.discountedAmount(row));
		this.versions = new CustomerVersions(this.columns.customerCount());
	}

	static Builder builder() {
		return new Builder();
	}

	int size() {
		return this.columns.size();
	}

	/** Invoices whose number or payment reference has this key. */
	List<OpenItem> byKey(String key) {
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		List<OpenItem> items = new ArrayList<>(1);
		for (int row : this.byKey.candidates(key)) {
			if (key.equals(InvoiceKeys.of(this.columns.number(row)))
					|| key.equals(InvoiceKeys.of(this.columns.reference(row)))) {
				items.add(item(row));
			}
		}
		return items;
	}

	/** Invoices whose number, shortened as payers do, has this key. */
	List<OpenItem> byVariant(String key) {
		if (key == null || key.isEmpty()) {
			return List.of();
		}
		List<OpenItem> items = new ArrayList<>(1);
		for (int row : this.byVariant.candidates(key)) {
			if (InvoiceNumberVariants.of(this.columns.number(row)).contains(key)) {
				items.add(item(row));
			}
		}
		return items;
	}

	/** The customer's invoices still open, oldest first. */
	List<OpenItem> openOf(String customerId) {
		int customer = this.columns.customerNumber(customerId);
		if (customer < 0) {
			return List.of();
		}
		List<OpenItem> items = new ArrayList<>();
		for (int row : this.customers.rows(customer)) {
			if (this.columns.open(row) > 0) {
				items.add(item(row));
			}
		}
		return items;
	}

	/** Open invoices with exactly this open amount. */
	List<OpenItem> withOpenAmount(Money amount) {
		return items(rowsWithOpenAmountBetween(amount, amount));
	}

	/**
	 * The rows of open invoices whose open amount is from {@code low} to {@code high}.
	 */
	private int[] rowsWithOpenAmountBetween(Money low, Money high) {
		AmountIndex amounts = this.byOpenAmount.get(low.currency());
		long from = Math.max(1, Amounts.units(low));
		long to = Amounts.units(high);
		if (amounts == null || Amounts.units(low) == Amounts.NO_KEY || to == Amounts.NO_KEY) {
			return new int[0];
		}
		return amounts.between(from, to, (row) -> {
			long open = this.columns.open(row);
			return open >= from && open <= to;
		});
	}

	/**
	 * The invoices a payment of this amount may settle by its amount alone (open amount,
	 * discounted amount, then an open amount up to {@code tolerance} more, each in row
	 * order) whose number and payment reference pass the test; none at all when more than
	 * {@code limit} invoices come into question, as an amount that many share says
	 * nothing. Only the invoices that pass are looked up in full: the others cost two
	 * texts each.
	 */
	List<OpenItem> payableBy(Money paid, Money tolerance, int limit, BiPredicate<String, String> numberAndReference) {
		int[] open = rowsWithOpenAmountBetween(paid, paid);
		int[] discounted = withoutRows(rowsWithDiscountedAmount(paid), open);
		int[] near = (tolerance.amount().signum() > 0)
				? withoutRows(withoutRows(rowsWithOpenAmountBetween(paid, paid.plus(tolerance)), open), discounted)
				: new int[0];
		if (open.length + discounted.length + near.length > limit) {
			return List.of();
		}
		List<OpenItem> items = new ArrayList<>();
		for (int[] rows : new int[][] { open, discounted, near }) {
			for (int row : rows) {
				if (numberAndReference.test(this.columns.number(row), this.columns.reference(row))) {
					items.add(item(row));
				}
			}
		}
		return items;
	}

	/** The sorted rows that are not among the sorted others. */
	private static int[] withoutRows(int[] rows, int[] others) {
		int[] kept = new int[rows.length];
		int count = 0;
		for (int row : rows) {
			if (Arrays.binarySearch(others, row) < 0) {
				kept[count++] = row;
			}
		}
		return (count == rows.length) ? rows : Arrays.copyOf(kept, count);
	}

	/**
	 * The rows of invoices not yet paid in part that come to this amount once their
	 * early-payment discount is taken, whatever the date: the caller checks the period.
	 */
	private int[] rowsWithDiscountedAmount(Money amount) {
		AmountIndex amounts = this.byDiscountedAmount.get(amount.currency());
		long units = Amounts.units(amount);
		if (amounts == null || units == Amounts.NO_KEY) {
			return new int[0];
		}
		return amounts.exactly(units, (row) -> this.columns.open(row) == this.columns.amount(row));
	}

	/** The moment a decision begins: what it reads is checked against it on settling. */
	long now() {
		return this.versions.now();
	}

	/**
	 * Records what a decision of this run settles, unless an invoice of a customer it
	 * posts to changed since the decision began (then it must be decided again).
	 * @return whether the settlements were recorded
	 */
	boolean settle(Collection<ProposedAllocation> allocations, long since) {
		int[] rows = allocations.stream().mapToInt((allocation) -> this.columns.row(allocation.invoiceId())).toArray();
		int[] customers = Arrays.stream(rows)
			.filter((row) -> row >= 0)
			.map(this.columns::customer)
			.distinct()
			.toArray();
		List<ProposedAllocation> settled = List.copyOf(allocations);
		return this.versions.changeIfUnchanged(since, customers, () -> {
			for (int i = 0; i < rows.length; i++) {
				if (rows[i] >= 0) {
					settle(rows[i], Amounts.units(settled.get(i).settles()));
				}
			}
		});
	}

	private void settle(int row, long settled) {
		long left = this.columns.settle(row, settled);
		if (left > 0) {
			this.byOpenAmount.get(this.columns.currency(row)).changed(row, left);
		}
	}

	private OpenItem item(int row) {
		return new OpenItem(row, this.columns.invoice(row));
	}

	private List<OpenItem> items(int[] rows) {
		List<OpenItem> items = new ArrayList<>(rows.length);
		for (int row : rows) {
			items.add(item(row));
		}
		return items;
	}

	/** Indexes the rows by currency and amount. */
	private static Map<Currency, AmountIndex> byCurrency(InvoiceColumns columns, int[] rows, RowAmount amount) {
		Map<Currency, Integer> counts = new LinkedHashMap<>();
		for (int row : rows) {
			counts.merge(columns.currency(row), 1, Integer::sum);
		}
		Map<Currency, AmountIndex> indexes = new HashMap<>();
		for (Map.Entry<Currency, Integer> currency : counts.entrySet()) {
			int[] ofCurrency = new int[currency.getValue()];
			long[] amounts = new long[currency.getValue()];
			int count = 0;
			for (int row : rows) {
				if (columns.currency(row).equals(currency.getKey())) {
					ofCurrency[count] = row;
					amounts[count++] = amount.of(row);
				}
			}
			indexes.put(currency.getKey(), new AmountIndex(ofCurrency, amounts));
		}
		return Map.copyOf(indexes);
	}

	@FunctionalInterface
	private interface RowAmount {

		long of(int row);

	}

	/** Collects the open invoices one at a time, as the database streams them. */
	static final class Builder {

		private final InvoiceColumns.Builder columns = new InvoiceColumns.Builder();

		private final KeyIndex byKey = new KeyIndex();

		private final KeyIndex byVariant = new KeyIndex();

		private int[] discountedRows = new int[16];

		private long[] discountedAmounts = new long[16];

		private int discounted;

		private int skipped;

		void add(Invoice invoice) {
			int row = this.columns.add(invoice);
			if (row < 0) {
				this.skipped++;
				logger.warn("Invoice {} of {} is not indexed for matching: its amount {} is too large",
						invoice.number(), invoice.customerId(), invoice.amount());
				return;
			}
			String numberKey = InvoiceKeys.of(invoice.number());
			this.byKey.put(numberKey, row);
			String referenceKey = InvoiceKeys.of(invoice.paymentReference());
			if (referenceKey != null && !referenceKey.isEmpty() && !referenceKey.equals(numberKey)) {
				this.byKey.put(referenceKey, row);
			}
			for (String variant : InvoiceNumberVariants.of(invoice.number())) {
				this.byVariant.put(variant, row);
			}
			if (Amounts.hasDiscountTerms(invoice)) {
				addDiscounted(row, Amounts.units(invoice.amount().minus(Amounts.discountOf(invoice))));
			}
		}

		OpenItemIndex build() {
			if (this.skipped > 0) {
				logger.warn("{} open invoices are not indexed for matching: their amounts are too large", this.skipped);
			}
			this.byKey.seal();
			this.byVariant.seal();
			return new OpenItemIndex(this);
		}

		private void addDiscounted(int row, long amount) {
			if (this.discounted == this.discountedRows.length) {
				this.discountedRows = Arrays.copyOf(this.discountedRows, this.discounted * 2);
				this.discountedAmounts = Arrays.copyOf(this.discountedAmounts, this.discounted * 2);
			}
			this.discountedRows[this.discounted] = row;
			this.discountedAmounts[this.discounted++] = amount;
		}

		/** The discounted amount of a row with discount terms (rows ascending). */
		private long discountedAmount(int row) {
			return this.discountedAmounts[Arrays.binarySearch(this.discountedRows, 0, this.discounted, row)];
		}

	}

}
