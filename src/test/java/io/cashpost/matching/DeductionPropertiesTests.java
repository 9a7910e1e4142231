package io.cashpost.matching;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DeductionPropertiesTests {

	@Test
	void theDefaultsNameTheCommonReasonsInEnglishAndGerman() {
		DeductionProperties deductions = bind(Map.of());

		assertThat(deductions.reasonIn("2 Paletten beschädigt angeliefert")).hasValue("damaged_goods");
		assertThat(deductions.reasonIn("Preisdifferenz lt. Vereinbarung")).hasValue("pricing");
		assertThat(deductions.reasonIn("FREIGHT charged twice")).hasValue("freight");
		assertThat(deductions.reasonIn("Werbekostenzuschuss Q4")).hasValue("promotion");
		assertThat(deductions.reasonIn("3 units short shipped")).hasValue("quantity");
		assertThat(deductions.unexplained()).isEqualTo("unexplained");
	}

	@Test
	void onlyWholeWordsCount() {
		DeductionProperties deductions = bind(Map.of());

		assertThat(deductions.reasonIn("Transportation of Priceless Goods")).isEmpty();
		assertThat(deductions.reasonIn("siehe Schreiben vom 12.11.")).isEmpty();
		assertThat(deductions.reasonIn(null)).isEmpty();
	}

	@Test
	void configuredReasonsAreMergedOverTheDefaults() {
		DeductionProperties deductions = bind(Map.of("cashpost.matching.deductions.text-reasons.marketing_fee",
				"listing fee, Slotting Fee", "cashpost.matching.deductions.unexplained", "not_explained"));

		assertThat(deductions.reasonIn("Slotting fee for new store")).hasValue("marketing_fee");
		assertThat(deductions.reasonIn("damaged")).hasValue("damaged_goods");
		assertThat(deductions.unexplained()).isEqualTo("not_explained");
	}

	private static DeductionProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("cashpost.matching.deductions",
				DeductionProperties.class);
	}

}
