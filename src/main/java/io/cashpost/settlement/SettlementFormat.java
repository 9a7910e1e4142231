package io.cashpost.settlement;

/**
 * A settlement report as Cashpost knows it.
 *
 * @param acquirer who sends it, as ledger sub-accounts and exports name it, e.g.
 * {@code adyen}
 * @param id the report's identifier, e.g. {@code adyen-settlement-details}: what
 * {@code inspect} shows as the format and {@code files} lists
 * @param name the report's name in words, e.g. {@code Adyen Settlement details}
 */
public record SettlementFormat(String acquirer, String id, String name) {

	@Override
	public String toString() {
		return this.id;
	}

}
