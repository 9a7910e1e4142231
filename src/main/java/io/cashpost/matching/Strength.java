package io.cashpost.matching;

/**
 * How an invoice was named by a payment, strongest first, with the confidence a decision
 * built on it starts from.
 */
enum Strength {

	/** A structured creditor reference or referred-document number, as issued. */
	STRUCTURED(1.0),
	/** The full invoice number or payment reference, found in the remittance text. */
	TEXT(0.97),
	/**
	 * The number with its prefix or leading zeros dropped: the amount must confirm it.
	 */
	VARIANT(0.93),
	/**
	 * The number with one typing slip: the amount must confirm it, and one invoice only.
	 */
	FUZZY(0.88);

	private final double confidence;

	Strength(double confidence) {
		this.confidence = confidence;
	}

	double confidence() {
		return this.confidence;
	}

	/** Strong enough to post a partial payment or an overpayment. */
	boolean isClear() {
		return this == STRUCTURED || this == TEXT;
	}

}
