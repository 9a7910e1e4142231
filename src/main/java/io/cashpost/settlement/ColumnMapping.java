package io.cashpost.settlement;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to read a settlement CSV that has no reader of its own: which columns identify the
 * report, which column holds what, and what each value of the type column means. Bound
 * from {@code cashpost.settlement.mappings.NAME.*}; Cashpost ships one for Checkout.com's
 * settlement breakdown report.
 *
 * @param acquirer who sends the report, as ledger sub-accounts and exports name it, e.g.
 * {@code checkout}
 * @param name the report's name in words
 * @param detect header columns that together tell the report from every other
 * @param separator the field separator
 * @param decimal {@code point} ({@code 1234.56}) or {@code comma} ({@code 1234,56})
 * @param dateFormat the date pattern of the date columns ({@code yyyy-MM-dd}; a longer
 * value is read as far as the pattern goes)
 * @param feesNegative whether fees are written as negative deductions
 * @param columns which column holds what
 * @param types what each value of the type column means (case ignored)
 * @param otherTypes what a type value not listed means
 */
public record ColumnMapping(@NotBlank String acquirer, @NotBlank String name, @NotEmpty List<String> detect,
		@DefaultValue(",") @NotBlank String separator, @DefaultValue("point") DecimalStyle decimal,
		@DefaultValue("yyyy-MM-dd") @NotBlank String dateFormat, @DefaultValue("false") boolean feesNegative,
		@Valid @NotNull Columns columns, @DefaultValue Map<String, RecordKind> types,
		@DefaultValue("unknown") RecordKind otherTypes) {

	public ColumnMapping {
		detect = List.copyOf(detect);
		types = (types != null) ? Map.copyOf(types) : Map.of();
	}

	/** What a value of the type column means. */
	public RecordKind kind(String type) {
		if (type == null) {
			return this.otherTypes;
		}
		return this.types.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().strip().equalsIgnoreCase(type.strip()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(this.otherTypes);
	}

	/** The report's identifier, e.g. {@code checkout-settlement-breakdown}. */
	public SettlementFormat format(String mappingName) {
		return new SettlementFormat(this.acquirer.toLowerCase(Locale.ROOT), mappingName, this.name);
	}

	/** How decimals are written. */
	public enum DecimalStyle {

		POINT, COMMA

	}

	/**
	 * Which column holds what; only {@code id}, {@code batch}, {@code currency} and
	 * {@code net} are required.
	 *
	 * @param id the acquirer's id of the payment or row
	 * @param type the record type
	 * @param batch the batch or payout the row is paid out by
	 * @param currency the settlement currency
	 * @param gross the gross in the settlement currency
	 * @param fee the fees together
	 * @param net the net in the settlement currency
	 * @param reference the merchant's reference (order or invoice number)
	 * @param description free text
	 * @param date the transaction date
	 * @param payoutDate when the batch is paid out
	 * @param merchantAccount the merchant account or entity
	 * @param transactionCurrency the currency the customer paid in
	 * @param transactionGross the gross in that currency
	 * @param rate transaction currency to settlement currency
	 * @param fees fee columns by kind ({@code commission}, {@code markup},
	 * {@code scheme}, {@code interchange}, {@code other}); what the fee column holds
	 * beyond them is {@code other}
	 */
	public record Columns(@NotBlank String id, String type, @NotBlank String batch, @NotBlank String currency,
			String gross, String fee, @NotBlank String net, String reference, String description, String date,
			String payoutDate, String merchantAccount, String transactionCurrency, String transactionGross, String rate,
			@DefaultValue Map<FeeKind, String> fees) {

		public Columns {
			fees = (fees != null) ? Map.copyOf(fees) : Map.of();
		}

	}

}
