package io.cashpost.posting;

import java.util.List;

/**
 * What {@code verify-ledger} found.
 *
 * @param disagreements one line per thing that does not agree, empty when all do
 * @param summary what was checked and found in agreement, a line per check
 */
public record LedgerCheck(List<String> disagreements, List<String> summary) {

	public LedgerCheck {
		disagreements = List.copyOf(disagreements);
		summary = List.copyOf(summary);
	}

	public boolean agrees() {
		return this.disagreements.isEmpty();
	}

}
