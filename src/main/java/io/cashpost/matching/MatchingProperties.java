package io.cashpost.matching;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How matching reads payments and how sure it must be before it posts. The defaults
 * favour precision: a wrong posting costs more than an exception.
 *
 * @param textWindow how many adjacent parts of remittance text may form one invoice
 * number ({@code INV-2026-1012} is three: {@code INV}, {@code 2026}, {@code 1012})
 * @param maxSuggestions suggestions kept on an exception item
 * @param minConfidence the least confidence a decision needs to be posted; below it the
 * payment is referred with the decision as its first suggestion
 * @param fuzzyMinLength shortest invoice number (letters and digits) matched despite one
 * wrong, missing, extra or transposed character, and then only when the amount confirms;
 * a shorter number found in free text counts only when the amount confirms it
 * @param ambiguityPolicy what to do when several invoices of one customer fit equally
 * @param names how alike a payer's name must be to a customer's
 * @param subsetSum bounds on the search for invoices that add up to a payment
 * @param writeOff small differences written off instead of left open
 * @param classification how money that is not a customer paying an invoice is told apart
 */
@ConfigurationProperties("cashpost.matching")
@Validated
public record MatchingProperties(@DefaultValue("6") @Min(1) @Max(12) int textWindow,
		@DefaultValue("3") @Min(1) @Max(20) int maxSuggestions, @DefaultValue("0.80") double minConfidence,
		@DefaultValue("6") @Min(4) @Max(30) int fuzzyMinLength,
		@DefaultValue("refer") @NotNull AmbiguityPolicy ambiguityPolicy, @DefaultValue @Valid Names names,
		@DefaultValue @Valid SubsetSum subsetSum, @DefaultValue @Valid WriteOff writeOff,
		@DefaultValue @Valid Classification classification) {

	public MatchingProperties {
		requireBetween("min-confidence", minConfidence, 0.5, 1.0);
	}

	public static MatchingProperties defaults() {
		return new MatchingProperties(6, 3, 0.80, 6, AmbiguityPolicy.REFER, Names.defaults(), SubsetSum.defaults(),
				WriteOff.defaults(), Classification.defaults());
	}

	/** The same properties with another ambiguity policy. */
	public MatchingProperties withAmbiguityPolicy(AmbiguityPolicy policy) {
		return new MatchingProperties(this.textWindow, this.maxSuggestions, this.minConfidence, this.fuzzyMinLength,
				policy, this.names, this.subsetSum, this.writeOff, this.classification);
	}

	/**
	 * How payers are told by name.
	 *
	 * @param minScore least similarity (0 to 1) of the payer's name to a customer's name
	 * or alias, once case, accents, legal forms and punctuation are set aside
	 * @param minMargin how much better than the next customer the best must be, where the
	 * same legal form counts 0.10 and the same word order 0.05 more
	 */
	public record Names(@DefaultValue("0.85") double minScore, @DefaultValue("0.10") double minMargin) {

		public Names {
			requireBetween("names.min-score", minScore, 0.5, 1.0);
			requireBetween("names.min-margin", minMargin, 0.0, 0.5);
		}

		static Names defaults() {
			return new Names(0.85, 0.10);
		}

	}

	/**
	 * Bounds on the search for open invoices of one customer that add up to a payment, so
	 * that its cost stays small and its answer deterministic.
	 *
	 * @param maxInvoices the most open invoices (below the amount) a customer may have
	 * for the search to run at all: beyond that a unique answer is weak evidence (among
	 * 40 open invoices some subset makes almost any amount, and the only one that does is
	 * often a coincidence), and a fit with a discount or within tolerance is referred
	 * rather than posted
	 * @param maxSize most invoices in one combination
	 * @param maxSteps search steps before giving up (and referring the payment)
	 */
	public record SubsetSum(@DefaultValue("20") @Min(2) @Max(60) int maxInvoices,
			@DefaultValue("6") @Min(2) @Max(12) int maxSize,
			@DefaultValue("200000") @Min(1000) @Max(50000000) int maxSteps) {

		static SubsetSum defaults() {
			return new SubsetSum(20, 6, 200_000);
		}

	}

	/**
	 * Small short payments (bank charges deducted, rounding) settled with a write-off.
	 *
	 * @param reasonCode the reason code written on the allocation
	 * @param tolerances per currency code; merged over the defaults ({@code EUR},
	 * {@code USD}, {@code GBP}, {@code CHF}: 5.00 and 1%), a currency without one gets no
	 * write-off at all
	 */
	public record WriteOff(@DefaultValue("small_difference") @NotBlank String reasonCode,
			Map<String, @Valid Tolerance> tolerances) {

		private static final Map<String, Tolerance> DEFAULT_TOLERANCES = Map.of("EUR", Tolerance.of("5.00", "1"), "USD",
				Tolerance.of("5.00", "1"), "GBP", Tolerance.of("5.00", "1"), "CHF", Tolerance.of("5.00", "1"));

		public WriteOff {
			Map<String, Tolerance> merged = new LinkedHashMap<>(DEFAULT_TOLERANCES);
			if (tolerances != null) {
				tolerances.forEach((currency, tolerance) -> merged.put(currency.toUpperCase(Locale.ROOT), tolerance));
			}
			tolerances = Map.copyOf(merged);
		}

		static WriteOff defaults() {
			return new WriteOff("small_difference", null);
		}

		/** What may be written off on an expected amount in this currency. */
		BigDecimal allowedOn(BigDecimal expected, Currency currency) {
			Tolerance tolerance = this.tolerances.get(currency.getCurrencyCode());
			return (tolerance != null) ? tolerance.allowedOn(expected) : BigDecimal.ZERO;
		}

	}

	/**
	 * A write-off tolerance: the difference must be within both limits.
	 *
	 * @param amount the most written off, in the currency
	 * @param percent the most written off, in percent of what was expected
	 */
	public record Tolerance(@DefaultValue("0") BigDecimal amount, @DefaultValue("0") BigDecimal percent) {

		public Tolerance {
			amount = (amount != null) ? amount : BigDecimal.ZERO;
			percent = (percent != null) ? percent : BigDecimal.ZERO;
			if (amount.signum() < 0 || percent.signum() < 0 || percent.compareTo(BigDecimal.TEN) > 0) {
				throw new IllegalArgumentException(
						"a write-off tolerance needs an amount >= 0 and a percent from 0 to 10, not " + amount + " and "
								+ percent + "%");
			}
		}

		static Tolerance of(String amount, String percent) {
			return new Tolerance(new BigDecimal(amount), new BigDecimal(percent));
		}

		BigDecimal allowedOn(BigDecimal expected) {
			return this.amount.min(expected.multiply(this.percent).movePointLeft(2));
		}

	}

	/**
	 * How credits that are not receivables are recognised, so that they are classified
	 * instead of queued for collectors.
	 *
	 * @param codes bank transaction codes and what they are, merged over the defaults:
	 * camt codes as {@code Domain/Family/SubFamily}, where an asterisk stands for any
	 * part (bound as {@code codes[PMNT/MCRD/*]=card_settlement}); MT940 and BAI2 codes as
	 * sent ({@code NINT}, {@code 354})
	 * @param refundWords words in the remittance text of a credit from an unknown payer
	 * naming no invoice that mark it as a refund
	 * @param payerNames words in the payer's name or the text of a credit naming no
	 * invoice and what they make it, merged over the defaults: card acquirers paying out
	 * a settlement ({@code adyen}, {@code stripe}, {@code paypal}, {@code checkout.com}
	 * are {@code card_settlement})
	 */
	public record Classification(Map<String, String> codes, List<String> refundWords, Map<String, String> payerNames) {

		private static final Map<String, String> DEFAULT_CODES = defaultCodes();

		private static final Map<String, String> DEFAULT_PAYER_NAMES = Map.of("adyen", "card_settlement", "stripe",
				"card_settlement", "paypal", "card_settlement", "checkout.com", "card_settlement");

		private static final List<String> DEFAULT_REFUND_WORDS = List.of("refund", "erstattung", "rueckerstattung",
				"remboursement", "terugbetaling", "restitucion", "reembolso", "rimborso");

		@ConstructorBinding
		public Classification {
			Map<String, String> merged = new LinkedHashMap<>(DEFAULT_CODES);
			if (codes != null) {
				codes.forEach((code, kind) -> merged.put(code.toUpperCase(Locale.ROOT), kind));
			}
			codes = Map.copyOf(merged);
			refundWords = (refundWords != null) ? List.copyOf(refundWords) : DEFAULT_REFUND_WORDS;
			Map<String, String> names = new LinkedHashMap<>(DEFAULT_PAYER_NAMES);
			if (payerNames != null) {
				payerNames.forEach((name, kind) -> names.put(name.toLowerCase(Locale.ROOT), kind));
			}
			payerNames = Map.copyOf(names);
		}

		public Classification(Map<String, String> codes, List<String> refundWords) {
			this(codes, refundWords, null);
		}

		static Classification defaults() {
			return new Classification(null, null, null);
		}

		private static Map<String, String> defaultCodes() {
			Map<String, String> codes = new LinkedHashMap<>();
			codes.put("*/*/INTR", "interest");
			codes.put("*/*/CHRG", "bank_charges");
			codes.put("*/*/FEES", "bank_charges");
			codes.put("*/*/COMM", "bank_charges");
			codes.put("CAMT/*/*", "internal_transfer");
			codes.put("PMNT/MCRD/*", "card_settlement");
			codes.put("PMNT/CCRD/*", "card_refund");
			codes.put("SECU/*/*", "treasury");
			codes.put("FORX/*/*", "treasury");
			codes.put("DERV/*/*", "treasury");
			codes.put("LDAS/*/*", "treasury");
			codes.put("PMET/*/*", "treasury");
			codes.put("NINT", "interest");
			codes.put("NCHG", "bank_charges");
			codes.put("NCOM", "bank_charges");
			codes.put("NSEC", "treasury");
			codes.put("NFEX", "treasury");
			codes.put("NLDP", "treasury");
			codes.put("354", "interest");
			codes.put("275", "internal_transfer");
			return Map.copyOf(codes);
		}

	}

	private static void requireBetween(String name, double value, double low, double high) {
		if (!(value >= low && value <= high)) {
			throw new IllegalArgumentException(
					"cashpost.matching." + name + " must be from " + low + " to " + high + ", not " + value);
		}
	}

}
