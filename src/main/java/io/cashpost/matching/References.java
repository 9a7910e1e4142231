package io.cashpost.matching;

import java.util.Comparator;
import java.util.List;

import io.cashpost.invoice.Invoice;

/**
 * The invoices a payment names, and how.
 *
 * @param hits indexed invoices named (open, or settled earlier in this run)
 * @param elsewhere invoices named that are not in the index: settled before the run (or
 * imported since it started)
 * @param rule the rule that found them, e.g. {@code creditor_reference}
 * @param evidence what was seen, in words a person reads
 */
record References(List<Hit> hits, List<Invoice> elsewhere, String rule, String evidence) {

	static final References NONE = new References(List.of(), List.of(), "none", "no invoice named");

	References {
		hits = List.copyOf(hits);
		elsewhere = List.copyOf(elsewhere);
	}

	boolean isEmpty() {
		return this.hits.isEmpty() && this.elsewhere.isEmpty();
	}

	/**
	 * The weakest way one of the invoices was named: a decision is no surer than that.
	 */
	Strength weakest() {
		return weakestOf(this.hits);
	}

	static Strength weakestOf(List<Hit> hits) {
		return hits.stream().map(Hit::strength).max(Comparator.naturalOrder()).orElse(Strength.FUZZY);
	}

	/**
	 * One invoice named.
	 *
	 * @param item the invoice
	 * @param strength how it was named
	 */
	record Hit(OpenItem item, Strength strength) {

	}

}
