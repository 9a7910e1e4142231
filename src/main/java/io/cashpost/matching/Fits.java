package io.cashpost.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.matching.Fit.Kind;
import io.cashpost.money.Money;

/**
 * Every way some open invoices of one customer explain a payment's amount: one invoice
 * exactly, less its discount (within the period) or within the write-off tolerance, and
 * combinations adding up exactly (in full or less the discounts), found by a bounded
 * search that says whether it was complete. It chooses only an explanation that is
 * clearly the payer's:
 * <ul>
 * <li>One invoice open for exactly the amount is the evidence a payer gives; a
 * combination that happens to add up to it too is far likelier chance (the more invoices,
 * the more combinations), so it does not compete.</li>
 * <li>Fits of different kinds compete: an exact fit and one within tolerance or with a
 * discount, or a discount or tolerance fit and a combination adding up exactly. Which the
 * payer meant is a person's call.</li>
 * <li>A fit within tolerance or with a discount is chosen only once the search has proven
 * that no combination adds up exactly; a search that could not run or stopped early
 * proves nothing.</li>
 * </ul>
 */
final class Fits {

	private final List<Single> singles;

	private final List<Combination> combinations;

	private final Search search;

	private Fits(List<Single> singles, List<Combination> combinations, Search search) {
		this.singles = singles;
		this.combinations = combinations;
		this.search = search;
	}

	/**
	 * Finds the fits of the payment among the invoices.
	 * @param invoices open invoices of one customer in the payment's currency, oldest
	 * first
	 * @param bounds how far combinations are searched; {@code maxSize} is capped at one
	 * less than the invoices when only some of them may be chosen
	 * @param maxSize most invoices in one combination
	 */
	static Fits of(List<Invoice> invoices, Money paid, LocalDate valueDate, AmountFit amounts,
			MatchingProperties.SubsetSum bounds, int maxSize) {
		List<Single> singles = new ArrayList<>();
		for (Invoice invoice : invoices) {
			amounts.settling(List.of(invoice), paid, valueDate)
				.ifPresent((fit) -> singles.add(new Single(invoice, fit)));
		}
		if (singles.stream().anyMatch((single) -> single.fit().kind() == Kind.FULL)) {
			return new Fits(singles, List.of(), Search.NOT_NEEDED);
		}
		List<Invoice> eligible = invoices.stream()
			.filter((invoice) -> Amounts.units(dueOn(invoice, valueDate)) < Amounts.units(paid))
			.toList();
		if (eligible.size() < 2 || maxSize < 2) {
			return new Fits(singles, List.of(), Search.COMPLETE);
		}
		if (eligible.size() > bounds.maxInvoices()) {
			return new Fits(singles, List.of(), Search.TOO_MANY);
		}
		Map<Set<Long>, Combination> found = new LinkedHashMap<>();
		boolean complete = true;
		for (long[] sums : searches(eligible, valueDate)) {
			SubsetSum.Result result = SubsetSum.search(sums, Amounts.units(paid), 2, maxSize, bounds.maxSteps());
			complete &= result.outcome() != SubsetSum.Outcome.GAVE_UP;
			for (int[] positions : result.combinations()) {
				List<Invoice> chosen = new ArrayList<>();
				for (int position : positions) {
					chosen.add(eligible.get(position));
				}
				Set<Long> ids = chosen.stream().map(Invoice::id).collect(Collectors.toSet());
				amounts.settling(chosen, paid, valueDate)
					.ifPresent((fit) -> found.putIfAbsent(ids, new Combination(chosen, fit)));
			}
		}
		return new Fits(singles, List.copyOf(found.values()), complete ? Search.COMPLETE : Search.STOPPED);
	}

	/** The open amounts in full, and less the discounts open on the value date. */
	private static List<long[]> searches(List<Invoice> eligible, LocalDate valueDate) {
		long[] full = eligible.stream().mapToLong((invoice) -> Amounts.units(invoice.openAmount())).toArray();
		long[] discounted = eligible.stream()
			.mapToLong((invoice) -> Amounts.units(dueOn(invoice, valueDate)))
			.toArray();
		return Arrays.equals(full, discounted) ? List.of(full) : List.of(full, discounted);
	}

	private static Money dueOn(Invoice invoice, LocalDate valueDate) {
		return invoice.openAmount().minus(Amounts.discountOn(invoice, valueDate));
	}

	/** What the fits allow: one explanation, or why none is clearly the payer's. */
	Choice choice() {
		List<Single> exact = ofKind(Kind.FULL);
		List<Single> inexact = this.singles.stream().filter((single) -> single.fit().kind() != Kind.FULL).toList();
		if (!exact.isEmpty()) {
			if (!inexact.isEmpty()) {
				return competing(exact, inexact, List.of());
			}
			return (exact.size() == 1) ? new Choice.One(exact.get(0).invoices(), exact.get(0).fit(), false)
					: new Choice.Alike(exact);
		}
		if (!inexact.isEmpty()) {
			boolean oneKind = inexact.stream().map((single) -> single.fit().kind()).distinct().count() == 1;
			if (!oneKind || !this.combinations.isEmpty()) {
				return competing(List.of(), inexact, this.combinations);
			}
			if (this.search.isIncomplete()) {
				return new Choice.Unproven(invoicesOf(inexact, List.of()),
						describe(inexact) + ", but " + this.search.why());
			}
			return (inexact.size() == 1) ? new Choice.One(inexact.get(0).invoices(), inexact.get(0).fit(), false)
					: new Choice.Alike(inexact);
		}
		if (this.combinations.size() > 1) {
			return new Choice.Competing(invoicesOf(List.of(), this.combinations),
					"several combinations add up to the amount (" + describeCombinations() + ")");
		}
		if (this.combinations.size() == 1) {
			Combination only = this.combinations.get(0);
			if (this.search.isIncomplete()) {
				return new Choice.Unproven(only.invoices(),
						numbers(only.invoices()) + " add up to the amount, but " + this.search.why());
			}
			return new Choice.One(only.invoices(), only.fit(), true);
		}
		return new Choice.Nothing(this.search.isIncomplete() ? this.search.why() : "");
	}

	private Choice competing(List<Single> exact, List<Single> inexact, List<Combination> combinations) {
		List<String> parts = new ArrayList<>();
		exact.forEach((single) -> parts.add(single.invoice().number() + " is open for exactly the amount"));
		inexact.forEach((single) -> parts.add(single.invoice().number() + " fits " + kind(single.fit().kind())));
		combinations.forEach((combination) -> parts.add(numbers(combination.invoices()) + " add up to it"
				+ ((combination.fit().kind() == Kind.DISCOUNT) ? " less their discounts" : " exactly")));
		List<Single> singles = new ArrayList<>(exact);
		singles.addAll(inexact);
		return new Choice.Competing(invoicesOf(singles, combinations),
				"fits of different kinds compete: " + String.join("; ", parts));
	}

	private List<Single> ofKind(Kind kind) {
		return this.singles.stream().filter((single) -> single.fit().kind() == kind).toList();
	}

	private String describeCombinations() {
		return this.combinations.stream()
			.map((combination) -> numbers(combination.invoices()))
			.collect(Collectors.joining("; "));
	}

	private static String describe(List<Single> singles) {
		return singles.stream()
			.map((single) -> single.invoice().number() + " fits " + kind(single.fit().kind()))
			.collect(Collectors.joining("; "));
	}

	private static String kind(Kind kind) {
		return switch (kind) {
			case FULL -> "exactly";
			case DISCOUNT -> "less its early-payment discount";
			case WRITE_OFF -> "within the write-off tolerance";
			default -> kind.name().toLowerCase(Locale.ROOT);
		};
	}

	private static List<Invoice> invoicesOf(List<Single> singles, List<Combination> combinations) {
		Map<Long, Invoice> invoices = new LinkedHashMap<>();
		singles.forEach((single) -> invoices.putIfAbsent(single.invoice().id(), single.invoice()));
		combinations.forEach((combination) -> combination.invoices()
			.forEach((invoice) -> invoices.putIfAbsent(invoice.id(), invoice)));
		return List.copyOf(invoices.values());
	}

	static String numbers(List<Invoice> invoices) {
		return invoices.stream().map(Invoice::number).collect(Collectors.joining(", "));
	}

	/**
	 * One invoice and how it fits.
	 *
	 * @param invoice the invoice
	 * @param fit how the amount fits it
	 */
	record Single(Invoice invoice, Fit fit) {

		List<Invoice> invoices() {
			return List.of(this.invoice);
		}

	}

	/**
	 * Invoices adding up to the amount.
	 *
	 * @param invoices the invoices, oldest first
	 * @param fit in full or less their discounts
	 */
	record Combination(List<Invoice> invoices, Fit fit) {

	}

	/** How far the search for combinations went. */
	enum Search {

		/** An invoice fits exactly: combinations do not compete with it. */
		NOT_NEEDED(""),
		/** Every combination within the size limit was tried. */
		COMPLETE(""),
		/** Too many invoices to search at all. */
		TOO_MANY(
				"there are too many open invoices below the amount: their combinations could not be searched to prove that none adds up exactly"),
		/** The search ran out of steps. */
		STOPPED("the search for combinations stopped before it could prove that no other adds up exactly");

		private final String why;

		Search(String why) {
			this.why = why;
		}

		boolean isIncomplete() {
			return this == TOO_MANY || this == STOPPED;
		}

		String why() {
			return this.why;
		}

	}

	/** What the fits allow. */
	sealed interface Choice {

		/**
		 * One explanation, clearly the payer's.
		 *
		 * @param invoices what it settles
		 * @param fit how
		 * @param combination whether it is a combination found by search
		 */
		record One(List<Invoice> invoices, Fit fit, boolean combination) implements Choice {

		}

		/**
		 * Several invoices fit alike (the same kind of fit): an ambiguity policy may
		 * choose the oldest.
		 *
		 * @param singles oldest first
		 */
		record Alike(List<Single> singles) implements Choice {

		}

		/**
		 * Fits of different kinds, or several combinations: a person decides.
		 *
		 * @param candidates every invoice of every fit
		 * @param why in words
		 */
		record Competing(List<Invoice> candidates, String why) implements Choice {

		}

		/**
		 * A fit that a search could not prove to be the only one.
		 *
		 * @param candidates its invoices
		 * @param why in words
		 */
		record Unproven(List<Invoice> candidates, String why) implements Choice {

		}

		/**
		 * Nothing fits.
		 *
		 * @param why why the search may have missed something, or empty
		 */
		record Nothing(String why) implements Choice {

		}

	}

}
