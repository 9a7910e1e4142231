package io.cashpost.matching;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceNumberVariantsTests {

	@Test
	void variantsDropThePrefixAndLeadingZeros() {
		assertThat(InvoiceNumberVariants.of("INV-2026-001012")).containsExactly("INV20261012", "2026001012",
				"20261012");
		assertThat(InvoiceNumberVariants.of("RE/2026/0042")).containsExactly("RE202642", "20260042", "202642");
		assertThat(InvoiceNumberVariants.of("2026-1012")).isEmpty();
	}

	@Test
	void variantsTooShortToMeanAnythingAreLeftOut() {
		assertThat(InvoiceNumberVariants.of("INV-000123")).containsExactly("INV123", "000123");
		assertThat(InvoiceNumberVariants.of("A-12")).isEmpty();
	}

	@Test
	void textIsCutWhereLettersMeetDigits() {
		assertThat(InvoiceNumberCandidates.parts("Rg.Nr.INV2026-1012/13")).containsExactly("RG", "NR", "INV", "2026",
				"1012", "13");
		assertThat(InvoiceNumberCandidates.siblings("INV-2026-1001, 1002 und 1003", 6)).contains("INV20261002",
				"20261002", "INV20261003");
		assertThat(InvoiceNumberCandidates.siblings("INV-2026-1001 / 12", 6)).noneMatch((key) -> key.endsWith("12"));
		assertThat(InvoiceNumberCandidates.siblings("INV-2026-1001 Kunde 1002", 6)).doesNotContain("INV20261002");
	}

}
