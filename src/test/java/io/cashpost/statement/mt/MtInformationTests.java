package io.cashpost.statement.mt;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cashpost.reference.CreditorReference;
import io.cashpost.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/** Field 86 in the dialects banks use, and ISO 11649 references in remittance text. */
class MtInformationTests {

	@Test
	void germanSubfieldsWithSepaKeywords() {
		OwnerInformation information = parse("""
				171?00SEPA LASTSCHRIFT KUNDE?10281?20EREF+TRX-0A4A47C3-F846-4729?21-8A1B-5DF620F?22MREF+CAC97D214
				4174318AC18D9?23BF815BD4FB?24CRED+DE98ZZZ09999999999?25SVWZ+FOO TRX-0A4A47C3-F846-?264729-8A1B-5D
				F620F?30HYVEDEMMXXX?31DE14508800500194785000?32Peter Pan?34171""");
		assertThat(information.endToEndId()).isEqualTo("TRX-0A4A47C3-F846-4729-8A1B-5DF620F");
		assertThat(information.mandateId()).isEqualTo("CAC97D2144174318AC18D9BF815BD4FB");
		assertThat(information.remittance()).containsExactly("FOO TRX-0A4A47C3-F846-4729-8A1B-5DF620F");
		assertThat(information.counterpartyName()).isEqualTo("Peter Pan");
		assertThat(information.counterpartyAccount()).isEqualTo("DE14508800500194785000");
		assertThat(information.returnReason()).as("?34 of a direct debit is no return reason").isNull();
	}

	@Test
	void keywordsMaySitInsideASubfieldOrSpanTwo() {
		OwnerInformation information = parse(
				"""
						835?20Cie., S.C.A.?21SEPA-BASISLASTSCHRIFT?22EREF+ 1234567890123 PAYPAL?23MREF+ 12AB234CD6E7F CRED+ A?24\
						B12CDE0000000000000000034 S?25VWZ+ . SPOTIFY, Ihr Einkauf?26bei SPOTIFY?32PayPal (Europe) S.a.r.l. et""");
		assertThat(information.endToEndId()).isEqualTo("1234567890123 PAYPAL");
		assertThat(information.mandateId()).isEqualTo("12AB234CD6E7F");
		// a full subfield goes on without a break, even where the bank dropped a space
		assertThat(information.remittance()).containsExactly("Cie., S.C.A. SEPA-BASISLASTSCHRIFT",
				". SPOTIFY, Ihr Einkaufbei SPOTIFY");
	}

	@Test
	void anIdentifierEndsWithASubfieldThatIsNotFull() {
		OwnerInformation information = parse("""
				159?00RETOURE?100399?20EREF+TFNR 40001 00005?21MTLG:Grund nicht s
				pezifizie?22rt Reject aus SEPA-Ueberwei?23sungsauftrag?34914""");
		assertThat(information.endToEndId()).isEqualTo("TFNR 40001 00005");
		assertThat(information.remittance())
			.containsExactly("MTLG:Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag");
		assertThat(information.returnReason()).isEqualTo("914");
	}

	@Test
	void namesJoinTheirSubfieldsAndUltimateDebtorComesFromAbwa() {
		OwnerInformation information = parse("""
				105?00Basislastschrift?10931?20EREF+123/123/12345-----L110?30BYLADEMM?31DE99700500000000012345?32Fi
				nanzamt Muenchen Abteilun?33g Erhebung?34992?60000000012345 BIC: BYLADEMM ?61ABWA: Finanzamt Muench
				en ?62ABWA+Finanzamt Muenchen ?63Abteilung Erhebung""");
		assertThat(information.counterpartyName()).isEqualTo("Finanzamt Muenchen Abteilung Erhebung");
		assertThat(information.endToEndId()).isEqualTo("123/123/12345-----L110");
		assertThat(information.ultimateDebtorName()).isEqualTo("Finanzamt Muenchen Abteilung Erhebung");
	}

	@Test
	void otherSeparatorsThanTheQuestionMark() {
		OwnerInformation information = parse("""
				000>100987654321
				>20ALGEMENE TUSSENREKENING KOS>21TEN VAN 01-10-2010 TOT EN M
				>22ET 31-12-2010>310390123456""");
		assertThat(information.remittance())
			.containsExactly("ALGEMENE TUSSENREKENING KOSTEN VAN 01-10-2010 TOT EN MET 31-12-2010");
		assertThat(information.counterpartyAccount()).isEqualTo("0390123456");
	}

	@Test
	void rabobankCodes() {
		OwnerInformation information = parse("""
				/EREF/INV-2025-0042-01/ORDP//NAME/Van der Berg Installatietechniek B.V./ADDR/Kerkstraat 12 3811CW
				Amersfoort NL/REMI/Factuur 2025-0042 klantnr 1187/ISDT/2025-01-15""");
		assertThat(information.endToEndId()).isEqualTo("INV-2025-0042-01");
		assertThat(information.counterpartyName()).isEqualTo("Van der Berg Installatietechniek B.V.");
		assertThat(information.remittance()).containsExactly("Factuur 2025-0042 klantnr 1187");
	}

	@Test
	void ingCodesWithCounterpartyAndStructuredRemittance() {
		OwnerInformation unstructured = parse("""
				/RTRN/MS03//EREF/20120501P0123478//MARF/MND
				-
				120123//CSID/NL32
				ZZZ999999991234//CNTP/NL32INGB0000012345/INGBNL2A/J.Janssen///REM
				I/USTD//CO
				NTRIBUTIE FEB 2014/""");
		assertThat(unstructured.returnReason()).isEqualTo("MS03");
		assertThat(unstructured.endToEndId()).isEqualTo("20120501P0123478");
		assertThat(unstructured.mandateId()).isEqualTo("MND-120123");
		assertThat(unstructured.counterpartyAccount()).isEqualTo("NL32INGB0000012345");
		assertThat(unstructured.counterpartyName()).isEqualTo("J.Janssen");
		assertThat(unstructured.remittance()).containsExactly("CONTRIBUTIE FEB 2014");
		OwnerInformation structured = parse("/EREF/NOTPROVIDED//CNTP/NL32INGB0000012345/INGBNL2A/ING BANK NV///REMI"
				+ "/STRD/CUR/1070123412341234/");
		assertThat(structured.endToEndId()).isNull();
		assertThat(structured.creditorReference()).isEqualTo("1070123412341234");
		assertThat(structured.remittance()).isEmpty();
	}

	@Test
	void abnAmroCodes() {
		OwnerInformation information = parse("/TRTP/SEPA OVERBOEKING/IBAN/NL80RABO0000000000/BIC/ABNANL2A/NAME/M\n"
				+ "ollie B.V./REMI/Factuurnummer 2016.00000/EREF/NOTPROVIDED");
		assertThat(information.counterpartyAccount()).isEqualTo("NL80RABO0000000000");
		assertThat(information.counterpartyName()).isEqualTo("Mollie B.V.");
		assertThat(information.remittance()).containsExactly("Factuurnummer 2016.00000");
		assertThat(information.endToEndId()).isNull();
	}

	@Test
	void freeTextKeepsItsLines() {
		OwnerInformation information = OwnerInformation
			.parse(List.of("NL49RABO0166416932 gerrits glas\n   \nFactuur 17227", "NIET AKKOORD MET AFSCHRIJVING"));
		assertThat(information.remittance()).containsExactly("NL49RABO0166416932 gerrits glas", "Factuur 17227",
				"NIET AKKOORD MET AFSCHRIJVING");
		assertThat(information.counterpartyName()).isNull();
	}

	@Test
	void originalAmountChargesAndExchangeRate() {
		OwnerInformation information = parse("/EREF/X1/OCMT/USD1250,00/CHGS/EUR2,50/EXCH/1,0850/REMI/Invoice 7");
		assertThat(information.instructedAmount()).isEqualTo(Money.of("1250.00", "USD"));
		assertThat(information.charges()).isEqualTo(Money.of("2.50", "EUR"));
		assertThat(information.exchangeRate()).isEqualByComparingTo("1.0850");
	}

	@Test
	void creditorReferenceOnlyWithValidCheckDigits() {
		assertThat(CreditorReference.find("Bestelling 7781 RF18 5390 0754 7034 dank")).isEqualTo("RF18539007547034");
		assertThat(CreditorReference.find("Factuur RF18539007547034")).isEqualTo("RF18539007547034");
		assertThat(CreditorReference.find("Factuur RF19539007547034")).isNull();
		assertThat(CreditorReference.find("REFERENCE RF2 PERFECT")).isNull();
		assertThat(CreditorReference.isValid("RF51INV77812")).isTrue();
	}

	private static OwnerInformation parse(String value) {
		return OwnerInformation.parse(List.of(value));
	}

}
