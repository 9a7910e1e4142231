package io.cashpost.matching;

/**
 * Who paid, as far as matching can tell.
 *
 * @param customerId the customer, or {@code null} when not known
 * @param by how it was told: {@code account}, {@code name} or {@code unknown}
 * @param score how sure, 0 to 1 (1 for a known account)
 * @param evidence what was seen, in words a person reads
 */
record Payer(String customerId, String by, double score, String evidence) {

	static final String ACCOUNT = "account";

	static final String NAME = "name";

	static Payer unknown(String evidence) {
		return new Payer(null, "unknown", 0, evidence);
	}

	boolean isKnown() {
		return this.customerId != null;
	}

	boolean byAccount() {
		return ACCOUNT.equals(this.by);
	}

	/** Whether the payer is known to be another customer than {@code customerId}. */
	boolean isOtherThan(String customerId) {
		return isKnown() && !this.customerId.equals(customerId);
	}

}
