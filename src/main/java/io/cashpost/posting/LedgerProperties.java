package io.cashpost.posting;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The small chart of accounts Cashpost posts to. Codes follow a common German/European
 * layout by default; set them to the general ledger's own.
 *
 * @param cash cash at bank; each line also names the bank account
 * @param receivables trade receivables; each line names the customer and invoice
 * @param cashDiscounts early-payment discounts granted
 * @param writeOffs small differences written off; each line names the reason
 * @param unappliedCash money received and put on account as customer credit
 * @param suspense unidentified receipts waiting for a person
 * @param bankFees charges a bank deducted from a payment (write-off reason
 * {@code bank_charges})
 * @param cardFees fees a card acquirer deducted (write-off reason {@code card_fees})
 * @param refunds money to be paid back to its payer
 * @param clearing money received that is no receivable (internal transfers, interest):
 * held by its classification for the general ledger to book on
 * @param cardClearing what card acquirers owe: a card sale is received here (by acquirer)
 * instead of at the bank, and the acquirer's payout, fees and refunds take it out again
 */
@ConfigurationProperties("cashpost.ledger")
@Validated
public record LedgerProperties(@DefaultValue("1200") @NotBlank String cash,
		@DefaultValue("1400") @NotBlank String receivables, @DefaultValue("7300") @NotBlank String cashDiscounts,
		@DefaultValue("6900") @NotBlank String writeOffs, @DefaultValue("1490") @NotBlank String unappliedCash,
		@DefaultValue("1590") @NotBlank String suspense, @DefaultValue("6855") @NotBlank String bankFees,
		@DefaultValue("6856") @NotBlank String cardFees, @DefaultValue("1790") @NotBlank String refunds,
		@DefaultValue("1360") @NotBlank String clearing, @DefaultValue("1361") @NotBlank String cardClearing) {

	public static LedgerProperties defaults() {
		return new LedgerProperties("1200", "1400", "7300", "6900", "1490", "1590", "6855", "6856", "1790", "1360",
				"1361");
	}

	/**
	 * Where a write-off goes: bank and card charges to their fee accounts, every other
	 * reason to write-offs.
	 */
	String writeOffAccount(String reasonCode) {
		if ("bank_charges".equals(reasonCode)) {
			return this.bankFees;
		}
		return "card_fees".equals(reasonCode) ? this.cardFees : this.writeOffs;
	}

	/**
	 * Whether a person may post to the account: those Cashpost keeps in balance itself
	 * are not for hand postings.
	 */
	boolean isKeptByCashpost(String accountCode) {
		String code = accountCode.contains(":") ? accountCode.substring(0, accountCode.indexOf(':')) : accountCode;
		return code.equals(this.cash) || code.equals(this.receivables) || code.equals(this.suspense)
				|| code.equals(this.unappliedCash) || code.equals(this.cardClearing);
	}

}
