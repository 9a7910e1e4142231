package io.cashpost.matching;

import java.util.Map;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotReceivable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/** Money that is not a customer paying an invoice is classified, not queued. */
class PaymentMatcherClassificationTests {

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private final PaymentMatcher matcher = new PaymentMatcher(this.invoices,
			() -> java.util.Set.of("DE75512108001245126199"), MatchingProperties.defaults());

	@ParameterizedTest
	@CsvSource({ "PMNT/ICDT/ESCT, outgoing_payment", "ACMT/MDOP/CHRG, bank_charges", "NCHG, bank_charges",
			"PMNT/RDDT/ESDD, outgoing_payment", "LDAS/CSLN/INTR, interest" })
	void debitsAreClassifiedByTheirCode(String code, String kind) {
		NotReceivable debit = (NotReceivable) this.matcher.decide(paid("-12.50").code(code).build());
		assertThat(debit.classification()).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "LDAS/FTDP/INTR, interest", "NINT, interest", "354, interest", "CAMT/ACCB/SWEP, internal_transfer",
			"275, internal_transfer", "PMNT/MCRD/POSP, card_settlement", "SECU/SETT/CCOL, treasury",
			"ACMT/MDOP/CHRG, bank_charges" })
	void creditsThatAreNoReceivablesAreClassifiedByTheirCode(String code, String kind) {
		NotReceivable credit = (NotReceivable) this.matcher.decide(paid("120.00").code(code).by("Bank").build());
		assertThat(credit.classification()).isEqualTo(kind);
	}

	@Test
	void aCreditFromOurOwnAccountIsAnInternalTransfer() {
		NotReceivable credit = (NotReceivable) this.matcher
			.decide(paid("50000.00").from("de75 5121 0800 1245 1261 99").build());
		assertThat(credit.classification()).isEqualTo("internal_transfer");
	}

	@Test
	void aRefundFromAnUnknownPayerIsClassified() {
		NotReceivable credit = (NotReceivable) this.matcher
			.decide(paid("89.90").by("Office Supplies Ltd").text("Refund order 77812").build());
		assertThat(credit.classification()).isEqualTo("refund");
	}

	@Test
	void aCodeNeverHidesAPaymentThatNamesAnInvoice() {
		this.invoices.add("INV-2026-1001", "C-1", "120.00", null);
		assertThat(this.matcher.decide(paid("120.00").code("NINT").text("INV-2026-1001").build()))
			.isInstanceOf(AutoPost.class);
	}

	@Test
	void codesAreConfigurableAndTheMostSpecificPatternWins() {
		MatchingProperties.Classification classification = new MatchingProperties.Classification(
				Map.of("PMNT/RCDT/BOOK", "internal_transfer", "*/*/SWEP", "sweep"), null);
		Classifier classifier = new Classifier(classification, java.util.Set.of());
		assertThat(classifier.byCode("pmnt/rcdt/book")).contains("internal_transfer");
		assertThat(classifier.byCode("CAMT/ACCB/ZABA")).contains("internal_transfer");
		assertThat(classifier.byCode("XTND/NTAV/SWEP")).contains("sweep");
		assertThat(classifier.byCode("PMNT/RCDT/ESCT")).isEmpty();
	}

}
