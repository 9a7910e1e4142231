package io.cashpost.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditorReferenceTests {

	@Test
	void acceptsReferencesWithCorrectCheckDigits() {
		assertThat(CreditorReference.isValid("RF9826001001")).isTrue();
		assertThat(CreditorReference.isValid("RF18539007547034")).isTrue();
		assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
		assertThat(CreditorReference.isValid("rf18 5390 0754 7034")).isTrue();
		assertThat(CreditorReference.isValid("RF45ABC")).isTrue();
	}

	@Test
	void refusesTyposAndMalformedReferences() {
		assertThat(CreditorReference.isValid("RF8626001032")).isFalse();
		assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
		assertThat(CreditorReference.isValid("RF18")).isFalse();
		assertThat(CreditorReference.isValid("RF18-5390-0754")).isFalse();
		assertThat(CreditorReference.isValid("RF1853900754703412345678")).isFalse();
	}

	@Test
	void onlyRfAndTwoDigitsClaimToBeIso11649() {
		assertThat(CreditorReference.claimsIso11649("RF18 5390")).isTrue();
		assertThat(CreditorReference.claimsIso11649("210000000003139471430009017")).isFalse();
		assertThat(CreditorReference.claimsIso11649("RFQ-2026-77")).isFalse();
		assertThat(CreditorReference.compact("rf18 5390 0754 7034")).isEqualTo("RF18539007547034");
	}

	@Test
	void findsAValidReferenceInFreeTextWrittenCompactOrInGroups() {
		assertThat(CreditorReference.find("Bestelling 7781 RF18 5390 0754 7034 dank")).isEqualTo("RF18539007547034");
		assertThat(CreditorReference.find("Factuur RF18539007547034")).isEqualTo("RF18539007547034");
		assertThat(CreditorReference.find("Factuur RF19539007547034")).isNull();
		assertThat(CreditorReference.find("PERFORMANCE RF2 report")).isNull();
	}

	@Test
	void ibansPassTheSameCheck() {
		assertThat(Mod97.isValid("DE89370400440532013000")).isTrue();
		assertThat(Mod97.isValid("DE89370400440532013001")).isFalse();
		assertThat(Mod97.isValid("DE89 3704")).isFalse();
	}

}
