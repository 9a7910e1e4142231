package io.cashpost.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How matching reads remittance text and what it offers people.
 *
 * @param textWindow how many adjacent words of remittance text may form one invoice
 * number ({@code INV 2026 1012} is three)
 * @param maxSuggestions suggestions kept on an exception item
 */
@ConfigurationProperties("cashpost.matching")
@Validated
public record MatchingProperties(@DefaultValue("4") @Min(1) @Max(8) int textWindow,
		@DefaultValue("3") @Min(1) @Max(20) int maxSuggestions) {

	public static MatchingProperties defaults() {
		return new MatchingProperties(4, 3);
	}

}
