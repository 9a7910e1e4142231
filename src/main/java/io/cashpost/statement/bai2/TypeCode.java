package io.cashpost.statement.bai2;

import java.util.BitSet;

/**
 * What a BAI2 type code says about money, by the ranges of the published type code table:
 * 100-399 credits, 400-699 debits, 720-728 loan payments received, 760 loan disbursement,
 * 920-959 and 960-999 the banks' own credit and debit codes. Status codes (001-099,
 * 701-709, 900-919), 890 (non-monetary information) and unassigned codes move no money.
 */
final class TypeCode {

	enum Direction {

		CREDIT, DEBIT, NONE

	}

	/** Returns, reversals, rejects and corrections of an earlier item. */
	private static final BitSet REVERSALS = new BitSet(1000);

	static {
		int[] codes = { 123, 251, 252, 254, 255, 256, 257, 258, 260, 261, 266, 268, 395, 423, 550, 551, 552, 554, 555,
				556, 557, 558, 560, 561, 566, 568, 694 };
		for (int code : codes) {
			REVERSALS.set(code);
		}
	}

	private TypeCode() {
	}

	static Direction direction(int code) {
		if ((code >= 100 && code <= 399) || (code >= 720 && code <= 728) || (code >= 920 && code <= 959)) {
			return Direction.CREDIT;
		}
		if ((code >= 400 && code <= 699) || code == 760 || (code >= 960 && code <= 999)) {
			return Direction.DEBIT;
		}
		return Direction.NONE;
	}

	static boolean isReversal(int code) {
		return code >= 0 && code < 1000 && REVERSALS.get(code);
	}

	/**
	 * The code as an int, or -1 when the field is not three digits.
	 */
	static int parse(String field) {
		if (field == null || field.length() != 3) {
			return -1;
		}
		int code = 0;
		for (int i = 0; i < 3; i++) {
			char c = field.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			code = code * 10 + (c - '0');
		}
		return code;
	}

}
