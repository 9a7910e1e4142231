package io.cashpost.settlement.adyen;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cashpost.settlement.RecordKind;

/** Adyen's record types ({@code Type} column) and what each does to the balance. */
final class AdyenRecordTypes {

	private static final Map<String, RecordKind> KINDS = new HashMap<>();

	static {
		put(RecordKind.SALE, "Settled", "SettledBulk", "SettledExternally", "SettledExternallyWithInfo",
				"SettledInInstallments");
		put(RecordKind.REFUND, "Refunded", "RefundedBulk", "RefundedExternally", "RefundedExternallyWithInfo",
				"RefundedInInstallments", "RefundedInstallment");
		put(RecordKind.CHARGEBACK, "Chargeback", "SecondChargeback", "ChargebackExternally",
				"ChargebackExternallyWithInfo");
		put(RecordKind.CHARGEBACK_REVERSAL, "ChargebackReversed", "ChargebackReversedExternally",
				"ChargebackReversedExternallyWithInfo", "SecondChargebackReversed");
		put(RecordKind.REFUND_REVERSAL, "RefundedReversed", "RefundReversed");
		put(RecordKind.FEE, "Fee", "MiscCosts", "PaymentCost", "InvoiceDeduction");
		put(RecordKind.ADJUSTMENT, "DepositCorrection", "ReserveAdjustment");
		put(RecordKind.PAYOUT, "MerchantPayout");
		put(RecordKind.BALANCE_TRANSFER, "Balancetransfer");
		put(RecordKind.OTHER, "ManualCorrected", "MerchantPayoutReversed", "PaidOutReversed", "CashOutInstruction");
	}

	private AdyenRecordTypes() {
	}

	/** What the record type does; {@link RecordKind#UNKNOWN} for a type not listed. */
	static RecordKind kind(String type) {
		return KINDS.getOrDefault(type.toLowerCase(Locale.ROOT), RecordKind.UNKNOWN);
	}

	/**
	 * Whether rows of the kind are a payment or its modification (they carry a PSP
	 * reference).
	 */
	static boolean isPayment(RecordKind kind) {
		return List
			.of(RecordKind.SALE, RecordKind.REFUND, RecordKind.CHARGEBACK, RecordKind.CHARGEBACK_REVERSAL,
					RecordKind.REFUND_REVERSAL)
			.contains(kind);
	}

	private static void put(RecordKind kind, String... types) {
		for (String type : types) {
			KINDS.put(type.toLowerCase(Locale.ROOT), kind);
		}
	}

}
