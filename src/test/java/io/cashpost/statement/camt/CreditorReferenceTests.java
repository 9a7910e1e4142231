package io.cashpost.statement.camt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditorReferenceTests {

	@Test
	void acceptsReferencesWithCorrectCheckDigits() {
		assertThat(CreditorReference.isValidIso11649("RF9826001001")).isTrue();
		assertThat(CreditorReference.isValidIso11649("RF18539007547034")).isTrue();
		assertThat(CreditorReference.isValidIso11649("RF18 5390 0754 7034")).isTrue();
		assertThat(CreditorReference.isValidIso11649("rf18 5390 0754 7034")).isTrue();
		assertThat(CreditorReference.isValidIso11649("RF45ABC")).isTrue();
	}

	@Test
	void refusesTyposAndMalformedReferences() {
		assertThat(CreditorReference.isValidIso11649("RF8626001032")).isFalse();
		assertThat(CreditorReference.isValidIso11649("RF19539007547034")).isFalse();
		assertThat(CreditorReference.isValidIso11649("RF18")).isFalse();
		assertThat(CreditorReference.isValidIso11649("RF18-5390-0754")).isFalse();
		assertThat(CreditorReference.isValidIso11649("RF1853900754703412345678")).isFalse();
	}

	@Test
	void onlyRfAndTwoDigitsClaimToBeIso11649() {
		assertThat(CreditorReference.claimsIso11649("RF18 5390")).isTrue();
		assertThat(CreditorReference.claimsIso11649("210000000003139471430009017")).isFalse();
		assertThat(CreditorReference.claimsIso11649("RFQ-2026-77")).isFalse();
		assertThat(CreditorReference.compact("rf18 5390 0754 7034")).isEqualTo("RF18539007547034");
	}

}
