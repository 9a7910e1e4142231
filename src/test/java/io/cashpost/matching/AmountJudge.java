package io.cashpost.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.cashpost.invoice.InvoiceKeys;

/**
 * What the amount alone lets a careful person conclude, by the rules a treasury team
 * states rather than by matching's code: one invoice open for exactly the amount is the
 * payer's evidence; otherwise every fit competes (less the discount within its period,
 * short by no more than the write-off tolerance of 5.00 or 1 %, a combination of 2 to 6
 * invoices adding up exactly in full or less their discounts), and only a single fit
 * counts; combinations are sought among at most 60 invoices below the amount (more cannot
 * be searched, so nothing but an exact invoice is certain then). The benchmark's truth
 * for payments without a reference comes from here, so that it holds however crowded a
 * customer is.
 */
final class AmountJudge {

	private static final BigDecimal TOLERANCE = new BigDecimal("5.00");

	private static final int MAX_INVOICES = 60;

	private static final int MAX_SIZE = 6;

	private AmountJudge() {
	}

	/**
	 * The only invoices of the customer that the amount points to, or empty when it
	 * points to none or to several alike.
	 * @param open the customer's invoices open when the payment is decided
	 */
	static Optional<Set<String>> onlyFit(Collection<Open> open, BigDecimal paid, LocalDate valueDate) {
		List<Set<String>> exact = new ArrayList<>();
		List<Set<String>> fits = new ArrayList<>();
		for (Open invoice : open) {
			if (invoice.open().compareTo(paid) == 0) {
				exact.add(Set.of(invoice.number()));
			}
			else if (fitsWithDiscountOrTolerance(invoice, paid, valueDate)) {
				fits.add(Set.of(invoice.number()));
			}
		}
		if (!exact.isEmpty()) {
			return (exact.size() == 1 && fits.isEmpty()) ? Optional.of(exact.get(0)) : Optional.empty();
		}
		List<Open> below = open.stream().filter((invoice) -> due(invoice, valueDate).compareTo(paid) < 0).toList();
		if (below.size() > MAX_INVOICES) {
			return Optional.empty();
		}
		fits.addAll(combinations(below, paid, valueDate));
		return (fits.size() == 1) ? Optional.of(fits.get(0)) : Optional.empty();
	}

	/**
	 * Invoices open for exactly the amount that a careful person would take the payer to
	 * mean rather than the ones named with a discount, a write-off or a partial payment:
	 * another of the customer's, or one whose number is one slip from a named one.
	 */
	static boolean exactElsewhere(Collection<Open> ofCustomer, Collection<Open> everyone, Set<String> named,
			BigDecimal paid) {
		for (Open invoice : ofCustomer) {
			if (!named.contains(invoice.number()) && invoice.open().compareTo(paid) == 0) {
				return true;
			}
		}
		for (Open invoice : everyone) {
			if (named.contains(invoice.number()) || invoice.open().compareTo(paid) != 0) {
				continue;
			}
			String key = InvoiceKeys.of(invoice.number());
			if (named.stream().anyMatch((number) -> EditDistance.withinOne(InvoiceKeys.of(number), key))) {
				return true;
			}
		}
		return false;
	}

	private static boolean fitsWithDiscountOrTolerance(Open invoice, BigDecimal paid, LocalDate valueDate) {
		BigDecimal discount = discount(invoice, valueDate);
		if (discount.signum() > 0 && invoice.open().subtract(discount).compareTo(paid) == 0) {
			return true;
		}
		return withinTolerance(invoice.open(), paid) || (discount.signum() > 0
				&& withinTolerance(invoice.open().subtract(discount), paid) && paid.compareTo(invoice.open()) < 0);
	}

	private static boolean withinTolerance(BigDecimal due, BigDecimal paid) {
		BigDecimal short_ = due.subtract(paid);
		BigDecimal allowed = TOLERANCE.min(due.movePointLeft(2));
		return short_.signum() > 0 && short_.compareTo(allowed) <= 0 && short_.compareTo(due) < 0;
	}

	/** Combinations adding up exactly, in full or less the discounts of their period. */
	private static List<Set<String>> combinations(List<Open> below, BigDecimal paid, LocalDate valueDate) {
		Set<Set<String>> found = new LinkedHashSet<>();
		for (boolean discounted : new boolean[] { false, true }) {
			long[] amounts = below.stream()
				.mapToLong((invoice) -> cents(discounted ? due(invoice, valueDate) : invoice.open()))
				.toArray();
			SubsetSum.Result result = SubsetSum.search(amounts, cents(paid), 2, MAX_SIZE, 10_000_000);
			if (result.outcome() == SubsetSum.Outcome.GAVE_UP) {
				throw new IllegalStateException("a complete search was expected");
			}
			for (int[] combination : result.combinations()) {
				Set<String> numbers = new TreeSet<>();
				for (int i : combination) {
					numbers.add(below.get(i).number());
				}
				found.add(numbers);
			}
		}
		return new ArrayList<>(found);
	}

	private static BigDecimal due(Open invoice, LocalDate valueDate) {
		return invoice.open().subtract(discount(invoice, valueDate));
	}

	/** The discount on the value date: none after its period or once paid in part. */
	private static BigDecimal discount(Open invoice, LocalDate valueDate) {
		if (invoice.discountPercent() == null || invoice.discountUntil() == null
				|| valueDate.isAfter(invoice.discountUntil()) || invoice.open().compareTo(invoice.amount()) != 0) {
			return BigDecimal.ZERO;
		}
		return invoice.amount().multiply(invoice.discountPercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
	}

	private static long cents(BigDecimal amount) {
		return amount.movePointRight(2).longValueExact();
	}

	/**
	 * An invoice as open when a payment is decided.
	 *
	 * @param number its number
	 * @param amount what it was issued for
	 * @param open what is open
	 * @param discountPercent early-payment discount, or {@code null}
	 * @param discountUntil last day of the discount, or {@code null}
	 */
	record Open(String number, BigDecimal amount, BigDecimal open, BigDecimal discountPercent,
			LocalDate discountUntil) {

		static Open of(MatchingScenario.GeneratedInvoice invoice) {
			return new Open(invoice.number(), invoice.amount(), invoice.amount(), invoice.discountPercent(),
					invoice.discountUntil());
		}

		Open less(BigDecimal paid) {
			return new Open(this.number, this.amount, this.open.subtract(paid).max(BigDecimal.ZERO),
					this.discountPercent, this.discountUntil);
		}

	}

}
