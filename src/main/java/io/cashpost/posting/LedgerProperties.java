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
 */
@ConfigurationProperties("cashpost.ledger")
@Validated
public record LedgerProperties(@DefaultValue("1200") @NotBlank String cash,
		@DefaultValue("1400") @NotBlank String receivables, @DefaultValue("7300") @NotBlank String cashDiscounts,
		@DefaultValue("6900") @NotBlank String writeOffs, @DefaultValue("1490") @NotBlank String unappliedCash,
		@DefaultValue("1590") @NotBlank String suspense) {

	public static LedgerProperties defaults() {
		return new LedgerProperties("1200", "1400", "7300", "6900", "1490", "1590");
	}

}
