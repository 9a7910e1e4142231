package io.cashpost.matching;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/** How invoices named by a payment are found, in whatever form the payer wrote them. */
class PaymentMatcherReferenceTests {

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private final PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@ParameterizedTest
	@ValueSource(strings = { "INV-2026-001012", "inv 2026 001012", "Rechnung INV2026001012 danke",
			"INV-2026-001012/Kd 4711", "RE:inv-2026-001012.", "Invoice no.INV 2026-001012" })
	void theFullNumberIsFoundWhateverCaseSpacesAndDashes(String text) {
		this.invoices.add("INV-2026-001012", "C-1", "1120.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1120.00").text(text).build());
		assertThat(post.rule()).isEqualTo("invoice_number_in_text");
		assertThat(post.confidence()).isEqualTo(0.97);
		assertThat(post.allocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.invoiceNumber()).isEqualTo("INV-2026-001012"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-001012", "INV-2026-1012", "2026 1012", "Rg 2026/1012" })
	void aNumberWithoutItsPrefixOrLeadingZerosIsFoundWhenTheAmountConfirms(String text) {
		this.invoices.add("INV-2026-001012", "C-1", "1120.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1120.00").text(text).build());
		assertThat(post.rule()).isEqualTo("invoice_number_shortened");
		assertThat(post.confidence()).isEqualTo(0.93);
		assertThat(post.evidence()).contains("number shortened");
	}

	@Test
	void aShortenedNumberWithAnotherAmountIsNotEnough() {
		this.invoices.add("INV-2026-001012", "C-1", "1120.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("1000.00").text("2026-1012").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-2026-001012");
	}

	@ParameterizedTest
	@ValueSource(strings = { "INV-2026-10I2", "INV-2026-1021", "INV-2026-012", "INV-2026-10122", "INV 2O26 1012" })
	void aNumberWithOneTypingSlipIsFoundWhenTheAmountConfirms(String text) {
		this.invoices.add("INV-2026-1012", "C-1", "1120.00", null);
		this.invoices.add("INV-2026-1013", "C-2", "990.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1120.00").text(text).build());
		assertThat(post.rule()).isEqualTo("invoice_number_typo");
		assertThat(post.confidence()).isEqualTo(0.88);
		assertThat(post.allocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.invoiceNumber()).isEqualTo("INV-2026-1012"));
	}

	@Test
	void aTypingSlipWithAnotherAmountIsNeverForgiven() {
		this.invoices.add("INV-2026-1012", "C-1", "1120.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("1100.00").text("INV-2026-1021").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.UNKNOWN_PAYER);
	}

	@Test
	void aTypingSlipThatFitsTwoInvoicesOfTheAmountIsAmbiguous() {
		this.invoices.add("INV-2026-1012", "C-1", "99.00", null);
		this.invoices.add("INV-2026-1032", "C-2", "99.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("99.00").text("INV-2026-1022").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).hasSize(2);
	}

	@Test
	void aShortInvoiceNumberInTextCountsOnlyWithTheAmount() {
		this.invoices.add("4711", "C-1", "250.00", null);
		assertThat(this.matcher.decide(paid("250.00").text("Rechnung 4711").build())).isInstanceOf(AutoPost.class);
		this.matcher.refresh();
		Refer refer = (Refer) this.matcher.decide(paid("200.00").text("Rechnung 4711").by("X").from("DE1").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
	}

	@Test
	void aCreditorReferenceWrittenInTheTextIsFound() {
		this.invoices.add("INV-1", "C-1", "1250.00", "RF18539007547034");
		AutoPost post = (AutoPost) this.matcher.decide(paid("1250.00").text("RF18 5390 0754 7034").build());
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-1");
	}

	@Test
	void referredDocumentsWithoutPrefixAreFound() {
		this.invoices.add("INV-2026-001012", "C-1", "1120.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1120.00").documents("2026-1012").build());
		assertThat(post.rule()).isEqualTo("referred_document");
		assertThat(post.confidence()).isEqualTo(0.93);
	}

	@Test
	void aCombinedPaymentSettlesEveryNamedInvoice() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", null);
		this.invoices.add("INV-2026-1002", "C-1", "250.50", null);
		this.invoices.add("INV-2026-1003", "C-1", "49.50", null);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("400.00").text("INV-2026-1001, 1002 und INV2026-1003").build());
		assertThat(post.rule()).isEqualTo("invoice_number_shortened_sum");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber)
			.containsExactly("INV-2026-1001", "INV-2026-1002", "INV-2026-1003");
	}

	@Test
	void ofSeveralNamedInvoicesTheUniqueCombinationThatAddsUpIsPaid() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", null);
		this.invoices.add("INV-2026-1002", "C-1", "250.00", null);
		this.invoices.add("INV-2026-1003", "C-1", "40.00", null);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("350.00").text("INV-2026-1001 INV-2026-1002 INV-2026-1003").build());
		assertThat(post.rule()).isEqualTo("invoice_number_in_text_subset");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber)
			.containsExactly("INV-2026-1001", "INV-2026-1002");
		assertThat(post.confidence()).isEqualTo(0.89);
	}

	@Test
	void theSameNumberForTwoCustomersIsDecidedByThePayer() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", null);
		this.invoices.add("CN-2026-1001", "C-2", "100.00", null);
		this.invoices.account("DE02 1001 0010 0006 8201 01", "C-2");
		Refer refer = (Refer) this.matcher.decide(paid("100.00").text("2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		this.matcher.refresh();
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("100.00").text("2026-1001").from("DE02100100100006820101").build());
		assertThat(post.allocations()).extracting(ProposedAllocation::customerId).containsExactly("C-2");
	}

	@Test
	void anInvoicePaidEarlierInTheRunIsNotPaidAgain() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", null);
		assertThat(this.matcher.decide(paid("100.00").text("INV-2026-1001").build())).isInstanceOf(AutoPost.class);
		Refer refer = (Refer) this.matcher.decide(paid("100.00").text("INV-2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.INVOICE_SETTLED);
	}

	@Test
	void aPostingTheCallerLeavesToSomeoneElseIsNotRemembered() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", null);
		assertThat(this.matcher.decide(paid("100.00").text("INV-2026-1001").build(), (post) -> false))
			.isInstanceOf(AutoPost.class);
		assertThat(this.matcher.decide(paid("100.00").text("INV-2026-1001").build()))
			.as("the invoice is still open in the run's picture")
			.isInstanceOf(AutoPost.class);
	}

	@Test
	void aSettledInvoiceNamedInTextIsRecognisedFromTheDatabase() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", "EUR", "0.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("100.00").text("Rechnung INV-2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.INVOICE_SETTLED);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-2026-1001");
	}

	@Test
	void aStructuredReferenceBeatsNumbersInTheText() {
		this.invoices.add("INV-1", "C-1", "100.00", "RF18539007547034");
		this.invoices.add("INV-2026-2", "C-1", "100.00", null);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("100.00").reference("RF18539007547034").text("INV-2026-2").build());
		assertThat(post.rule()).isEqualTo("creditor_reference");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-1");
	}

}
