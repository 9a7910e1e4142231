package io.cashpost.matching;

import java.time.LocalDate;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the amount fits in more than one way: a fit within tolerance never beats an exact
 * fit, fits of different kinds are referred as ambiguous with both as suggestions, and so
 * is a fit that a search too large to finish could not prove to be the only one.
 */
class PaymentMatcherCompetingFitsTests {

	private static final String IBAN = "DE89370400440532013000";

	private static final LocalDate UNTIL = TestPayments.VALUE_DATE;

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@BeforeEach
	void customer() {
		this.invoices.customer("C-1", "Müller Maschinenbau GmbH");
		this.invoices.account(IBAN, "C-1");
	}

	@Test
	void aToleranceFitOfOneInvoiceNeverBeatsTwoOthersAddingUpExactly() {
		this.invoices.add("INV-1", "C-1", "640.00", null);
		this.invoices.add("INV-2", "C-1", "400.00", null);
		this.invoices.add("INV-3", "C-1", "237.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("637.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.detail()).contains("INV-1").contains("INV-2, INV-3");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-1", "INV-2", "INV-3");
	}

	@Test
	void aToleranceFitIsReferredWhenThereAreTooManyOpenInvoicesToProveNoCombinationAddsUp() {
		for (int i = 1; i <= 70; i++) {
			this.invoices.add("INV-" + i, "C-1", (100 + i) + ".00", null);
		}
		this.invoices.add("INV-BIG", "C-1", "2500.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("2497.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.detail()).contains("INV-BIG").contains("could not be searched");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber).first().isEqualTo("INV-BIG");
	}

	@Test
	void aToleranceFitIsReferredWhenTheSearchRunsOutOfStepsBeforeProvingNoCombinationAddsUp() {
		MatchingProperties defaults = MatchingProperties.defaults();
		this.matcher = new PaymentMatcher(this.invoices,
				new MatchingProperties(6, 3, 0.8, 6, AmbiguityPolicy.REFER, defaults.names(),
						new MatchingProperties.SubsetSum(60, 6, 1000), defaults.writeOff(), defaults.classification()));
		for (int i = 1; i <= 50; i++) {
			this.invoices.add("INV-" + i, "C-1", (100 + 2 * i) + ".01", null);
		}
		this.invoices.add("INV-BIG", "C-1", "2500.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("2497.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.detail()).contains("INV-BIG").contains("stopped before it could prove");
	}

	@Test
	void aToleranceFitIsPostedOnceTheSearchHasProvenNothingElseFits() {
		MatchingProperties defaults = MatchingProperties.defaults();
		this.matcher = new PaymentMatcher(this.invoices,
				new MatchingProperties(6, 3, 0.8, 6, AmbiguityPolicy.REFER, defaults.names(),
						new MatchingProperties.SubsetSum(60, 6, 200_000), defaults.writeOff(),
						defaults.classification()));
		for (int i = 1; i <= 50; i++) {
			this.invoices.add("INV-" + i, "C-1", (100 + 2 * i) + ".01", null);
		}
		this.invoices.add("INV-BIG", "C-1", "2500.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("2497.00").from(IBAN).build());
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-BIG");
		assertThat(post.allocations().get(0).writeOff().amount()).isEqualByComparingTo("3.00");
	}

	@Test
	void byDefaultACustomerWithMoreThanTwentyInvoicesBelowTheAmountIsNotSearchedAndItsToleranceFitIsReferred() {
		for (int i = 1; i <= 21; i++) {
			this.invoices.add("INV-" + i, "C-1", (100 + 2 * i) + ".01", null);
		}
		this.invoices.add("INV-BIG", "C-1", "2500.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("2497.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.detail()).contains("INV-BIG").contains("could not be searched");
	}

	@Test
	void aDiscountFitAndAnExactFitOfAnotherInvoiceAreAmbiguous() {
		this.invoices.addWithDiscount("INV-1", "C-1", "1000.00", "2", UNTIL);
		this.invoices.add("INV-2", "C-1", "980.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("980.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-1", "INV-2");
	}

	@Test
	void anExactFitAndAToleranceFitOfAnotherInvoiceAreAmbiguous() {
		this.invoices.add("INV-1", "C-1", "637.00", null);
		this.invoices.add("INV-2", "C-1", "640.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("637.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-1", "INV-2");
	}

	@Test
	void aDiscountFitNeverBeatsACombinationAddingUpExactly() {
		this.invoices.addWithDiscount("INV-1", "C-1", "1000.00", "2", UNTIL);
		this.invoices.add("INV-2", "C-1", "500.00", null);
		this.invoices.add("INV-3", "C-1", "480.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("980.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-1", "INV-2", "INV-3");
	}

	@Test
	void aCombinationInFullAndAnotherWithDiscountsAreAmbiguous() {
		this.invoices.addWithDiscount("INV-1", "C-1", "1000.00", "2", UNTIL);
		this.invoices.addWithDiscount("INV-2", "C-1", "500.00", "2", UNTIL);
		this.invoices.add("INV-3", "C-1", "800.00", null);
		this.invoices.add("INV-4", "C-1", "670.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("1470.00").from(IBAN).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
	}

	@Test
	void oneInvoiceOpenForExactlyTheAmountBeatsACombinationThatAddsUpToIt() {
		this.invoices.add("INV-1", "C-1", "637.00", null);
		this.invoices.add("INV-2", "C-1", "400.00", null);
		this.invoices.add("INV-3", "C-1", "237.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("637.00").from(IBAN).build());
		assertThat(post.rule()).isEqualTo("payer_amount");
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-1");
	}

	@Test
	void ofSeveralNamedInvoicesAToleranceFitOfOneNeverBeatsAnExactSumOfOthers() {
		this.invoices.add("INV-2026-1001", "C-1", "640.00", null);
		this.invoices.add("INV-2026-1002", "C-1", "400.00", null);
		this.invoices.add("INV-2026-1003", "C-1", "237.00", null);
		Refer refer = (Refer) this.matcher
			.decide(paid("637.00").text("INV-2026-1001 INV-2026-1002 INV-2026-1003").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-2026-1001", "INV-2026-1002", "INV-2026-1003");
	}

	@Test
	void ofSeveralNamedInvoicesADiscountFitOfOneAndAnExactFitOfAnotherAreAmbiguous() {
		this.invoices.addWithDiscount("INV-2026-1001", "C-1", "1000.00", "2", UNTIL);
		this.invoices.add("INV-2026-1002", "C-1", "980.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("980.00").text("INV-2026-1001 INV-2026-1002").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
	}

	@Test
	void aNumberInTextFittingWithinToleranceIsReferredWhenAnotherInvoiceOfTheCustomerFitsExactly() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", "RF18539007547034");
		this.invoices.add("INV-2026-1044", "C-1", "1246.50", null);
		Refer refer = (Refer) this.matcher.decide(paid("1246.50").text("INV-2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactlyInAnyOrder("INV-2026-1044", "INV-2026-1001");
		this.matcher.refresh();
		AutoPost structured = (AutoPost) this.matcher.decide(paid("1246.50").reference("RF18539007547034").build());
		assertThat(structured.allocations()).extracting(ProposedAllocation::invoiceNumber)
			.containsExactly("INV-2026-1001");
	}

}
