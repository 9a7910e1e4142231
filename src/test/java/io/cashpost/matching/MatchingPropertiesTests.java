package io.cashpost.matching;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchingPropertiesTests {

	@Test
	void defaultsAreSafe() {
		MatchingProperties properties = bind(Map.of());
		assertThat(properties).isEqualTo(MatchingProperties.defaults());
		assertThat(properties.minConfidence()).isEqualTo(0.80);
		assertThat(properties.ambiguityPolicy()).isEqualTo(AmbiguityPolicy.REFER);
		assertThat(properties.writeOff().allowedOn(new BigDecimal("1000"), Currency.getInstance("EUR")))
			.isEqualByComparingTo("5.00");
		assertThat(properties.writeOff().allowedOn(new BigDecimal("100"), Currency.getInstance("EUR")))
			.isEqualByComparingTo("1.00");
		assertThat(properties.writeOff().allowedOn(new BigDecimal("1000"), Currency.getInstance("JPY")))
			.isEqualByComparingTo("0");
	}

	@Test
	void everythingBindsFromProperties() {
		MatchingProperties properties = bind(Map.of("cashpost.matching.min-confidence", "0.9",
				"cashpost.matching.ambiguity-policy", "oldest-first", "cashpost.matching.write-off.reason-code",
				"bank_charges", "cashpost.matching.write-off.tolerances.jpy.amount", "500",
				"cashpost.matching.write-off.tolerances.jpy.percent", "0.5", "cashpost.matching.names.min-score", "0.9",
				"cashpost.matching.subset-sum.max-size", "4", "cashpost.matching.classification.codes[PMNT/RCDT/BOOK]",
				"internal_transfer"));
		assertThat(properties.minConfidence()).isEqualTo(0.9);
		assertThat(properties.ambiguityPolicy()).isEqualTo(AmbiguityPolicy.OLDEST_FIRST);
		assertThat(properties.writeOff().reasonCode()).isEqualTo("bank_charges");
		assertThat(properties.writeOff().allowedOn(new BigDecimal("200000"), Currency.getInstance("JPY")))
			.isEqualByComparingTo("500");
		assertThat(properties.writeOff().tolerances()).containsKey("EUR");
		assertThat(properties.names().minScore()).isEqualTo(0.9);
		assertThat(properties.subsetSum().maxSize()).isEqualTo(4);
		assertThat(properties.classification().codes()).containsEntry("PMNT/RCDT/BOOK", "internal_transfer")
			.containsEntry("NINT", "interest");
	}

	@Test
	void nonsenseIsRefused() {
		assertThatThrownBy(() -> bind(Map.of("cashpost.matching.min-confidence", "0.2")))
			.isInstanceOf(BindException.class)
			.hasRootCauseMessage("cashpost.matching.min-confidence must be from 0.5 to 1.0, not 0.2");
		assertThatThrownBy(() -> bind(Map.of("cashpost.matching.write-off.tolerances.eur.amount", "-1")))
			.isInstanceOf(BindException.class);
	}

	private static MatchingProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cashpost.matching",
				MatchingProperties.class);
	}

}
