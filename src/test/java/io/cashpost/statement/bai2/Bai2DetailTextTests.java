package io.cashpost.statement.bai2;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.cashpost.reference.CreditorReference;
import io.cashpost.statement.BankTransaction;

import static io.cashpost.statement.bai2.Bai2TestFiles.account;
import static io.cashpost.statement.bai2.Bai2TestFiles.transaction;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the text of a detail tells, read conservatively.
 */
class Bai2DetailTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "RF18539007547034", "RF814471HPN2025", "RF712348231" })
	void validCreditorReferences(String reference) {
		assertThat(CreditorReference.isValid(reference)).isTrue();
		assertThat(payment("OBI: INVOICE " + reference + " THANK YOU").remittance().creditorReference())
			.isEqualTo(reference);
	}

	@ParameterizedTest
	@ValueSource(strings = { "OBI: RF19539007547034", "PERF18539007547034", "RF18539007547034X!", "rf18539007547034",
			"RF18" })
	void creditorReferencesWithWrongCheckDigitsOrInsideWordsAreNot(String text) {
		assertThat(payment(text).remittance().creditorReference()).isNull();
	}

	@Test
	void theFirstValidCreditorReferenceCounts() {
		assertThat(payment("RF00123 RF18539007547034 RF814471HPN2025").remittance().creditorReference())
			.isEqualTo("RF18539007547034");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ACH CREDIT ORIG CO NAME:BRIGHTWATER SUPPLY CO ORIG ID:1841273301 DESC DATE:250303|BRIGHTWATER SUPPLY CO",
			"ORIG CO NAME:ACME CORP        CO ENTRY DESCR:PAYMENT|ACME CORP",
			"WIRE IN B/O: NORTHWIND TRADING LLC|NORTHWIND TRADING LLC",
			"FEDWIRE B/O NORTHWIND TRADING LLC OBI: INV 4471|NORTHWIND TRADING LLC",
			"ORIGINATOR: LAKESIDE MEDICAL GROUP  REF: 55102|LAKESIDE MEDICAL GROUP",
			"ORG=HARBOR FREIGHT CO OBI=INV 2231|HARBOR FREIGHT CO" })
	void thePayerNamedTheWayUsBanksLabelIt(String text, String name) {
		assertThat(payment(text).debtorName()).isEqualTo(name);
	}

	@Test
	void anOriginatorWithAnAccount() {
		DetailText text = payment("ORG=/0123456789 HARBOR FREIGHT CO SRF# 4471");
		assertThat(text.debtorName()).isEqualTo("HARBOR FREIGHT CO");
		assertThat(text.debtorAccount()).isEqualTo("0123456789");
	}

	@Test
	void onePayerLabelPerLine() {
		DetailText text = DetailText.of(List.of("RTP Incoming,From: SAMPLE INC", "EREF: RTR60880840833",
				"DBNM: SAMPLE INC", "DACT: 02122056789012205"), true, false);
		assertThat(text.debtorName()).isEqualTo("SAMPLE INC");
		assertThat(text.debtorAccount()).isEqualTo("02122056789012205");
		assertThat(text.endToEndId()).isEqualTo("RTR60880840833");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ORIGINAL INVOICE 4471", "B/O: 12345", "ORIG CO NAME:   ", "SOMEBODY PAID" })
	void noPayerWhereTheTextDoesNotClearlyNameOne(String text) {
		assertThat(payment(text).debtorName()).isNull();
	}

	@Test
	void debitsAndReturnsNameNoPayer() {
		assertThat(DetailText.of(List.of("ORIG CO NAME:ELECTRIC CO"), false, false).debtorName()).isNull();
		assertThat(DetailText.of(List.of("DBNM: SAMPLE INC"), false, false).debtorName()).isNull();
		BankTransaction returned = transaction(account("03,1,,/", "16,258,100,,,,ACH REVERSAL ORIG CO NAME:ACME/"));
		assertThat(returned.debtorName()).isNull();
	}

	@Test
	void theCustomerReferenceIsTheEndToEndIdElseTheLabelledOne() {
		assertThat(transaction(account("03,1,,/", "16,195,100,,BR,CR,TEXT", "88,EREF: E2E")).endToEndId())
			.isEqualTo("CR");
		assertThat(transaction(account("03,1,,/", "16,195,100,,BR,,TEXT", "88,EREF: E2E")).endToEndId())
			.isEqualTo("E2E");
	}

	@Test
	void aReturnReasonOnlyForReturns() {
		assertThat(DetailText.of(List.of("Return Reason: \"R02\""), false, true).returnReason()).isEqualTo("R02");
		assertThat(DetailText.of(List.of("REASON R10 CUSTOMER ADVISES"), false, true).returnReason()).isEqualTo("R10");
		assertThat(DetailText.of(List.of("REASON: R01"), true, false).returnReason()).isNull();
		assertThat(DetailText.of(List.of("SEASONAL R01"), false, true).returnReason()).isNull();
	}

	@Test
	void theTextStaysAsSent() {
		List<String> lines = List.of("WIRE IN B/O: NORTHWIND TRADING LLC", "OBI: RF18539007547034");
		assertThat(DetailText.of(lines, true, false).remittance().unstructured()).isEqualTo(lines);
	}

	private static DetailText payment(String text) {
		return DetailText.of(List.of(text), true, false);
	}

}
