package io.cashpost.matching;

import java.time.LocalDate;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments that name no invoice: the payer told by account or name, and its open
 * invoices.
 */
class PaymentMatcherPayerTests {

	private static final String MUELLER_IBAN = "DE89370400440532013000";

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@BeforeEach
	void customers() {
		this.invoices.customer("C-1", "Müller Maschinenbau GmbH");
		this.invoices.customer("C-2", "Van der Berg Logistiek B.V.");
		this.invoices.customer("C-3", "Alpine Werkzeuge AG");
		this.invoices.customer("C-4", "Alpine Werkzeuge GmbH");
		this.invoices.customer("C-5", "Lefèvre & Fils S.A.R.L.");
		this.invoices.account(MUELLER_IBAN, "C-1");
	}

	@Test
	void aKnownAccountPayingExactlyOneOpenInvoiceIsPosted() {
		this.invoices.add("INV-1", "C-1", "1250.00", null);
		this.invoices.add("INV-2", "C-1", "800.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("800.00").text("Danke").from(MUELLER_IBAN).build());
		assertThat(post.rule()).isEqualTo("payer_amount");
		assertThat(post.confidence()).isEqualTo(0.92);
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-2");
		assertThat(post.evidence()).contains("payer account " + MUELLER_IBAN + " is C-1's (invoice import)");
	}

	@Test
	void anAccountLearntEarlierInTheRunIdentifiesThePayer() {
		this.invoices.add("INV-1", "C-2", "500.00", "RF18539007547034");
		this.invoices.add("INV-2", "C-2", "730.00", null);
		this.matcher.decide(paid("500.00").reference("RF18539007547034").from("NL91ABNA0417164300").build());
		AutoPost post = (AutoPost) this.matcher.decide(paid("730.00").from("NL91ABNA0417164300").build());
		assertThat(post.evidence()).contains("is C-2's (confirmed match)");
	}

	@Test
	void aKnownAccountPayingAnotherCustomersInvoiceByReferenceStaysItsCustomers() {
		this.invoices.add("INV-1", "C-2", "500.00", "RF18539007547034");
		this.invoices.add("INV-2", "C-1", "730.00", null);
		this.matcher
			.decide(paid("500.00").reference("RF18539007547034").by("Zahlstelle MM").from(MUELLER_IBAN).build());
		AutoPost post = (AutoPost) this.matcher.decide(paid("730.00").by("Zahlstelle MM").from(MUELLER_IBAN).build());
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-2");
		assertThat(post.evidence()).contains("is C-1's (invoice import)");
	}

	@Test
	void aPayerKnownByNameDespiteCaseUmlautsAndLegalForm() {
		this.invoices.add("INV-1", "C-1", "640.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("640.00").by("MUELLER MASCHINENBAU GMBH & CO. KG").build());
		assertThat(post.rule()).isEqualTo("payer_amount");
		assertThat(post.confidence()).isEqualTo(0.86);
		assertThat(post.evidence()).contains("matches \"Müller Maschinenbau GmbH\" (C-1, 100%)");
	}

	@Test
	void anAliasIdentifiesThePayer() {
		this.invoices.alias("C-5", "LF Distribution");
		this.invoices.add("INV-1", "C-5", "310.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("310.00").by("L.F. Distribution").build());
		assertThat(post.allocations()).extracting(ProposedAllocation::customerId).containsExactly("C-5");
	}

	@Test
	void twoCustomersWithTheSameNameButTheLegalFormAreNotTold() {
		this.invoices.add("INV-3", "C-3", "310.00", null);
		this.invoices.add("INV-4", "C-4", "999.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("310.00").by("Alpine Werkzeuge").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.UNKNOWN_PAYER);
		assertThat(refer.detail()).contains("fits C-3 and C-4 alike");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).first().isEqualTo("INV-3");
	}

	@Test
	void theLegalFormAndWordOrderTellAlikeNamesApart() {
		this.invoices.customer("C-6", "Rossi & Visser SARL");
		this.invoices.customer("C-7", "Visser & Rossi S.p.A.");
		this.invoices.add("INV-3", "C-3", "310.00", null);
		this.invoices.add("INV-7", "C-7", "420.00", null);
		AutoPost byForm = (AutoPost) this.matcher.decide(paid("310.00").by("ALPINE WERKZEUGE AG").build());
		assertThat(byForm.allocations()).extracting(ProposedAllocation::customerId).containsExactly("C-3");
		AutoPost byOrder = (AutoPost) this.matcher.decide(paid("420.00").by("VISSER & ROSSI SPA").build());
		assertThat(byOrder.allocations()).extracting(ProposedAllocation::customerId).containsExactly("C-7");
	}

	@Test
	void theSameWordsInAnotherOrderWithTheSameFormAreNotTold() {
		this.invoices.customer("C-6", "Rossi & Visser SARL");
		this.invoices.customer("C-7", "Visser & Rossi SARL");
		this.invoices.add("INV-6", "C-6", "310.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("310.00").by("ROSSI & VISSER SARL").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.UNKNOWN_PAYER);
		assertThat(refer.detail()).contains("fits C-6 and C-7 alike");
	}

	@Test
	void aNameThatOnlyResemblesACustomerIsNotEnough() {
		this.invoices.add("INV-1", "C-1", "640.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("640.00").by("Müller Bau GmbH").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.UNKNOWN_PAYER);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-1");
	}

	@Test
	void twoOpenInvoicesWithTheAmountAreAmbiguousUnlessThePolicyIsOldestFirst() {
		this.invoices.addDue("INV-LATE", "C-1", "100.00", LocalDate.of(2026, 12, 1));
		this.invoices.addDue("INV-EARLY", "C-1", "100.00", LocalDate.of(2026, 11, 1));
		Refer refer = (Refer) this.matcher.decide(paid("100.00").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-EARLY", "INV-LATE");
		this.matcher = new PaymentMatcher(this.invoices,
				MatchingProperties.defaults().withAmbiguityPolicy(AmbiguityPolicy.OLDEST_FIRST));
		AutoPost post = (AutoPost) this.matcher.decide(paid("100.00").from(MUELLER_IBAN).build());
		assertThat(post.rule()).isEqualTo("payer_amount_oldest_first");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-EARLY");
		assertThat(post.confidence()).isEqualTo(0.82);
	}

	@Test
	void theSameAmountOpenAtSeveralCustomersFromAnUnknownPayerIsAmbiguous() {
		this.invoices.add("INV-1", "C-1", "100.00", null);
		this.invoices.add("INV-2", "C-2", "100.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("100.00").by("Somebody Else").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-1", "INV-2");
	}

	@Test
	void aUniqueCombinationOfThePayersOpenInvoicesIsPosted() {
		this.invoices.add("INV-1", "C-1", "120.00", null);
		this.invoices.add("INV-2", "C-1", "75.50", null);
		this.invoices.add("INV-3", "C-1", "310.00", null);
		this.invoices.add("INV-4", "C-1", "42.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("427.50").from(MUELLER_IBAN).build());
		assertThat(post.rule()).isEqualTo("payer_subset_sum");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber)
			.containsExactlyInAnyOrder("INV-2", "INV-4", "INV-3");
		assertThat(post.confidence()).isEqualTo(0.86);
	}

	@Test
	void twoCombinationsThatAddUpAreAmbiguous() {
		this.invoices.add("INV-1", "C-1", "100.00", null);
		this.invoices.add("INV-2", "C-1", "50.00", null);
		this.invoices.add("INV-3", "C-1", "70.00", null);
		this.invoices.add("INV-4", "C-1", "80.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("150.00").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.detail()).contains("several combinations");
	}

	@Test
	void aCombinationWithEarlyPaymentDiscounts() {
		LocalDate until = TestPayments.VALUE_DATE;
		this.invoices.addWithDiscount("INV-1", "C-1", "1000.00", "2", until);
		this.invoices.addWithDiscount("INV-2", "C-1", "500.00", "2", until);
		this.invoices.add("INV-3", "C-1", "333.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1470.00").from(MUELLER_IBAN).build());
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber)
			.containsExactlyInAnyOrder("INV-1", "INV-2");
		assertThat(post.allocations()).allSatisfy((allocation) -> assertThat(allocation.discount().isZero()).isFalse());
	}

	@Test
	void tooManyOpenInvoicesForTheSearchAreReferredNotGuessed() {
		for (int i = 1; i <= 70; i++) {
			this.invoices.add("INV-" + i, "C-1", (100 + i) + ".00", null);
		}
		Refer refer = (Refer) this.matcher.decide(paid("205.00").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.NO_CANDIDATE);
		assertThat(refer.suggestions()).hasSize(3);
	}

	@Test
	void theKnownPayersDiscountedAmountAndSmallShortfall() {
		this.invoices.addWithDiscount("INV-1", "C-1", "1000.00", "2", TestPayments.VALUE_DATE);
		this.invoices.add("INV-2", "C-1", "640.00", null);
		AutoPost discount = (AutoPost) this.matcher.decide(paid("980.00").from(MUELLER_IBAN).build());
		assertThat(discount.allocations().get(0).discount().amount()).isEqualByComparingTo("20.00");
		AutoPost writeOff = (AutoPost) this.matcher.decide(paid("637.00").from(MUELLER_IBAN).build());
		assertThat(writeOff.allocations().get(0).writeOff().amount()).isEqualByComparingTo("3.00");
		assertThat(writeOff.confidence()).isEqualTo(0.87);
	}

	@Test
	void aKnownPayerWithNothingFittingIsReferredWithItsClosestInvoices() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-2", "C-1", "640.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("700.00").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.NO_CANDIDATE);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).containsExactly("INV-2", "INV-1");
	}

	@Test
	void aThirdPartyPayingWithAStructuredReferenceIsPosted() {
		this.invoices.add("INV-1", "C-2", "500.00", "RF18539007547034");
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("500.00").reference("RF18539007547034").from(MUELLER_IBAN).build());
		assertThat(post.allocations()).extracting(ProposedAllocation::customerId).containsExactly("C-2");
		assertThat(post.confidence()).isEqualTo(0.97);
	}

	@Test
	void aKnownPayerNamingAnotherCustomersInvoiceWhileItsOwnFitsIsAmbiguous() {
		this.invoices.add("INV-2026-2001", "C-2", "500.00", null);
		this.invoices.add("INV-2026-1001", "C-1", "500.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("500.00").text("INV-2026-2001").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-2026-2001", "INV-2026-1001");
	}

	@Test
	void aTypingSlipFromAnotherKnownCustomerIsTooWeakToPost() {
		this.invoices.add("INV-2026-2001", "C-2", "500.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("500.00").text("INV-2026-2010").from(MUELLER_IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.LOW_CONFIDENCE);
		assertThat(refer.detail()).contains("at confidence 0.78, below 0.80");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).first().isEqualTo("INV-2026-2001");
	}

}
