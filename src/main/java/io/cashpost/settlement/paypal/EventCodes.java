package io.cashpost.settlement.paypal;

import io.cashpost.settlement.RecordKind;

/**
 * PayPal's transaction event codes ({@code T0006} payment, {@code T1107} refund, ...) and
 * what each does to the balance. Codes come in families by their first two digits.
 */
final class EventCodes {

	private EventCodes() {
	}

	/**
	 * @param code the event code, e.g. {@code T0006}
	 * @param credit whether the amount is a credit to the merchant
	 */
	static RecordKind kind(String code, boolean credit) {
		if (code == null || !code.matches("T\\d{4}")) {
			return RecordKind.UNKNOWN;
		}
		int family = Integer.parseInt(code.substring(1, 3));
		return switch (code) {
			case "T1106" -> RecordKind.CHARGEBACK;
			case "T1107" -> RecordKind.REFUND;
			case "T1108", "T1109" -> RecordKind.FEE;
			case "T1110", "T1111" -> RecordKind.ADJUSTMENT;
			case "T1201" -> RecordKind.CHARGEBACK;
			case "T1202" -> RecordKind.CHARGEBACK_REVERSAL;
			default -> byFamily(family, credit);
		};
	}

	private static RecordKind byFamily(int family, boolean credit) {
		return switch (family) {
			case 0 -> credit ? RecordKind.SALE : RecordKind.OTHER;
			case 1 -> RecordKind.FEE;
			case 2 -> RecordKind.FX_CONVERSION;
			case 4 -> credit ? RecordKind.OTHER : RecordKind.PAYOUT;
			case 13 -> RecordKind.INFO;
			case 15, 21 -> RecordKind.ADJUSTMENT;
			case 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 16, 17, 18, 19, 20, 22 -> RecordKind.OTHER;
			default -> RecordKind.UNKNOWN;
		};
	}

}
