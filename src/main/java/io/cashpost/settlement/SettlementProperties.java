package io.cashpost.settlement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Card and PSP settlements: the column mappings of generic reports, when a payout counts
 * as missing and how it is found on the bank, and the accounts settlements are posted to.
 *
 * @param mappings column mappings of settlement CSVs without a reader of their own, by
 * name (added to the ones Cashpost ships; a mapping of the same name replaces a shipped
 * one)
 * @param payouts how payouts are found on bank statements
 * @param ledger the accounts settlements are posted to
 */
@ConfigurationProperties("cashpost.settlement")
@Validated
public record SettlementProperties(@DefaultValue Map<String, @Valid ColumnMapping> mappings,
		@DefaultValue @Valid Payouts payouts, @DefaultValue @Valid Ledger ledger) {

	public SettlementProperties {
		mappings = (mappings != null) ? Map.copyOf(mappings) : Map.of();
	}

	public static SettlementProperties defaults() {
		return new SettlementProperties(Map.of(), new Payouts(3, 5, null), Ledger.defaults());
	}

	/**
	 * How a batch's payout is found on a bank statement.
	 *
	 * @param overdueDays days after its payout date a payout not seen on the bank becomes
	 * an exception item
	 * @param dateWindowDays how many days before or after the payout date a bank line may
	 * book it, when it is found by acquirer and amount (the bank line carries no payout
	 * reference)
	 * @param bankNames words in a bank line's payer name or text that name each acquirer,
	 * by acquirer (case ignored); defaults: {@code adyen}, {@code stripe},
	 * {@code paypal}, {@code checkout} each by its own name
	 */
	public record Payouts(@DefaultValue("3") @Min(0) int overdueDays, @DefaultValue("5") @Min(0) int dateWindowDays,
			Map<String, List<String>> bankNames) {

		private static final Map<String, List<String>> DEFAULT_NAMES = Map.of("adyen", List.of("adyen"), "stripe",
				List.of("stripe"), "paypal", List.of("paypal"), "checkout", List.of("checkout.com", "checkout ltd"));

		public Payouts {
			Map<String, List<String>> names = new LinkedHashMap<>(DEFAULT_NAMES);
			if (bankNames != null) {
				bankNames
					.forEach((acquirer, words) -> names.put(acquirer.toLowerCase(Locale.ROOT), List.copyOf(words)));
			}
			bankNames = Map.copyOf(names);
		}

	}

	/**
	 * The accounts settlements are posted to. Each line also names the acquirer and
	 * merchant account (clearing) or the fee kind (fees), as a sub-account.
	 *
	 * @param clearing what an acquirer owes the merchant: sales in, fees, refunds and
	 * payouts out
	 * @param fees the fees an acquirer deducts, by kind ({@code commission},
	 * {@code markup}, {@code scheme}, {@code interchange}, {@code other}); a kind not
	 * listed goes to {@code feeDefault}
	 * @param feeDefault fee account for kinds not listed in {@code fees}
	 * @param reserve deposits and reserves the acquirer holds back
	 * @param fx currency conversion: a sale in one currency settled in another, and
	 * balances converted by the acquirer
	 */
	public record Ledger(@DefaultValue("1361") @NotBlank String clearing, Map<FeeKind, String> fees,
			@DefaultValue("6856") @NotBlank String feeDefault, @DefaultValue("1362") @NotBlank String reserve,
			@DefaultValue("1369") @NotBlank String fx) {

		public Ledger {
			fees = (fees != null) ? Map.copyOf(fees) : Map.of();
		}

		public static Ledger defaults() {
			return new Ledger("1361", Map.of(), "6856", "1362", "1369");
		}

		/** The fee account of a kind. */
		public String fee(FeeKind kind) {
			return this.fees.getOrDefault(kind, this.feeDefault);
		}

	}

}
