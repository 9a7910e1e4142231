package io.cashpost.settlement;

import java.util.Locale;

/**
 * The kinds of fee an acquirer deducts, each posted to its own fee account: its own
 * commission, its markup, the card scheme's fees, the issuer's interchange, and every
 * other charge (monthly fees, chargeback fees, payout fees).
 */
public enum FeeKind {

	COMMISSION, MARKUP, SCHEME, INTERCHANGE, OTHER;

	/**
	 * The kind as configuration, files and accounts name it, e.g. {@code interchange}.
	 */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
