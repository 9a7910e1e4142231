package io.cashpost.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a deduction's reason is named when the payer's remittance line gives no reason
 * code: words of its text and the reason they stand for. A collector then sees
 * {@code damaged_goods} rather than a sentence in the payer's language.
 *
 * @param textReasons reasons and the words (or phrases) of the payer's text that name
 * them, merged over the defaults ({@code damaged_goods}, {@code pricing},
 * {@code freight}, {@code promotion}, {@code quantity}); bound as
 * {@code text-reasons.pricing=price,pricing,preis}
 * @param unexplained the reason of a deduction neither a code nor the text explains
 */
@ConfigurationProperties("cashpost.matching.deductions")
@Validated
public record DeductionProperties(Map<String, List<String>> textReasons,
		@DefaultValue("unexplained") @NotBlank String unexplained) {

	private static final Map<String, List<String>> DEFAULT_REASONS = defaultReasons();

	public DeductionProperties {
		Map<String, List<String>> merged = new LinkedHashMap<>(DEFAULT_REASONS);
		if (textReasons != null) {
			textReasons.forEach((reason, words) -> merged.put(reason.toLowerCase(Locale.ROOT),
					words.stream().map((word) -> normalised(word).strip()).filter((word) -> !word.isEmpty()).toList()));
		}
		textReasons = Collections.unmodifiableMap(merged);
		unexplained = (unexplained != null) ? unexplained : "unexplained";
	}

	public static DeductionProperties defaults() {
		return new DeductionProperties(null, "unexplained");
	}

	/**
	 * The first reason (defaults first, in their order, then the configured ones) one of
	 * whose words the text holds as a whole word or phrase, case and punctuation aside.
	 */
	Optional<String> reasonIn(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String words = " " + normalised(text) + " ";
		for (Map.Entry<String, List<String>> reason : this.textReasons.entrySet()) {
			for (String word : reason.getValue()) {
				if (words.contains(" " + word + " ")) {
					return Optional.of(reason.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static String normalised(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
			out.append(Character.isLetterOrDigit(c) ? c : ' ');
		}
		return out.toString().replaceAll(" +", " ");
	}

	private static Map<String, List<String>> defaultReasons() {
		Map<String, List<String>> reasons = new LinkedHashMap<>();
		reasons.put("damaged_goods", List.of("damaged", "damage", "broken", "defective", "beschaedigt", "beschädigt",
				"defekt", "bruch", "endommage", "endommagé"));
		reasons.put("pricing", List.of("price", "pricing", "overcharge", "overcharged", "preis", "preisdifferenz",
				"price difference", "prix"));
		reasons.put("freight",
				List.of("freight", "shipping", "carriage", "fracht", "frachtkosten", "transport", "versandkosten"));
		reasons.put("promotion",
				List.of("promotion", "promo", "promotional", "rebate", "aktion", "werbekostenzuschuss", "wkz"));
		reasons.put("quantity", List.of("short shipped", "short delivery", "missing", "fehlmenge", "manquant"));
		return reasons;
	}

}
