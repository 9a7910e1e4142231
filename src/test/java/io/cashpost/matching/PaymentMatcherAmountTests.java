package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the amount paid is fitted to the invoices named: discounts, write-offs, partial and
 * over payments.
 */
class PaymentMatcherAmountTests {

	private static final LocalDate DISCOUNT_UNTIL = LocalDate.of(2026, 11, 20);

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@Test
	void theDiscountedAmountWithinThePeriodSettlesWithDiscount() {
		this.invoices.addWithDiscount("INV-2026-1004", "C-4", "12500.00", "2", DISCOUNT_UNTIL);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("12250.00").text("INV-2026-1004").on(DISCOUNT_UNTIL).build());
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.applied().amount()).isEqualByComparingTo("12250.00");
			assertThat(allocation.discount().amount()).isEqualByComparingTo("250.00");
			assertThat(allocation.settles().amount()).isEqualByComparingTo("12500.00");
			assertThat(allocation.reasonCode()).isEqualTo("early_payment_discount");
		});
		assertThat(post.confidence()).isEqualTo(0.95);
		assertThat(post.evidence()).contains("less early-payment discount EUR 250.00");
	}

	@Test
	void theDiscountedAmountOneDayLateIsAPartialPaymentAndTheInvoiceStaysOpen() {
		this.invoices.addWithDiscount("INV-2026-1004", "C-4", "12500.00", "2", DISCOUNT_UNTIL);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("12250.00").reference("INV-2026-1004").on(DISCOUNT_UNTIL.plusDays(1)).build());
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.applied().amount()).isEqualByComparingTo("12250.00");
			assertThat(allocation.discount().isZero()).isTrue();
			assertThat(allocation.reasonCode()).isEqualTo("discount_expired");
		});
		assertThat(post.evidence()).contains("its period ended 2026-11-20").contains("EUR 250.00 stays open");
	}

	@Test
	void theDiscountedAmountOneDayLateWithOnlyTextIsReferred() {
		this.invoices.addWithDiscount("INV-2026-1004", "C-4", "12500.00", "2", DISCOUNT_UNTIL);
		Refer refer = (Refer) this.matcher
			.decide(paid("12250.00").text("INV-2026-1004").on(DISCOUNT_UNTIL.plusDays(1)).build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
	}

	@Test
	void noDiscountOnAnInvoiceAlreadyPaidInPart() {
		this.invoices.add("INV-9", "C-1", "1000.00", "EUR", "600.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("600.00").text("INV-0009").documents("INV-9").build());
		assertThat(post.allocations().get(0).discount().isZero()).isTrue();
	}

	@Test
	void aSmallShortfallIsWrittenOffWithAReasonCode() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("1246.50").text("INV-2026-1001").build());
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.applied().amount()).isEqualByComparingTo("1246.50");
			assertThat(allocation.writeOff().amount()).isEqualByComparingTo("3.50");
			assertThat(allocation.reasonCode()).isEqualTo("small_difference");
		});
		assertThat(post.confidence()).isEqualTo(0.92);
	}

	@Test
	void theWriteOffToleranceIsTheSmallerOfAmountAndPercent() {
		this.invoices.add("INV-2026-1001", "C-1", "200.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("197.50").text("INV-2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
		this.matcher.refresh();
		assertThat(this.matcher.decide(paid("198.00").text("INV-2026-1001").build())).isInstanceOf(AutoPost.class);
	}

	@Test
	void aCurrencyWithoutToleranceGetsNoWriteOffAndToleranceIsConfigurablePerCurrency() {
		this.invoices.add("INV-SEK", "C-1", "5000.00", "SEK", "5000.00", "RF3326001007");
		AutoPost partial = (AutoPost) this.matcher.decide(paid("4990.00").in("SEK").reference("RF3326001007").build());
		assertThat(partial.allocations().get(0).reasonCode()).isEqualTo("short_payment");
		MatchingProperties.WriteOff writeOff = new MatchingProperties.WriteOff("bank_charges",
				Map.of("sek", new MatchingProperties.Tolerance(new BigDecimal("50"), BigDecimal.ONE)));
		MatchingProperties defaults = MatchingProperties.defaults();
		this.matcher = new PaymentMatcher(this.invoices, new MatchingProperties(6, 3, 0.8, 6, AmbiguityPolicy.REFER,
				defaults.names(), defaults.subsetSum(), writeOff, defaults.classification()));
		AutoPost writtenOff = (AutoPost) this.matcher
			.decide(paid("4990.00").in("SEK").reference("RF3326001007").build());
		assertThat(writtenOff.allocations().get(0).writeOff().amount()).isEqualByComparingTo("10.00");
		assertThat(writtenOff.allocations().get(0).reasonCode()).isEqualTo("bank_charges");
	}

	@Test
	void aCombinedPaymentShortByBankChargesIsWrittenOffOnTheLastInvoice() {
		this.invoices.add("INV-2026-1001", "C-1", "300.00", null);
		this.invoices.add("INV-2026-1002", "C-1", "700.00", null);
		AutoPost post = (AutoPost) this.matcher.decide(paid("996.00").text("INV-2026-1001 INV-2026-1002").build());
		assertThat(post.allocations()).extracting((allocation) -> allocation.writeOff().amount())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ZERO, new BigDecimal("4.00"));
	}

	@Test
	void aDiscountAndBankChargesTogether() {
		this.invoices.addWithDiscount("INV-2026-1004", "C-4", "1000.00", "3", DISCOUNT_UNTIL);
		AutoPost post = (AutoPost) this.matcher
			.decide(paid("967.00").reference("INV-2026-1004").on(DISCOUNT_UNTIL).build());
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.discount().amount()).isEqualByComparingTo("30.00");
			assertThat(allocation.writeOff().amount()).isEqualByComparingTo("3.00");
			assertThat(allocation.settles().amount()).isEqualByComparingTo("1000.00");
		});
	}

	@Test
	void aLargerShortPaymentWithAClearReferenceIsPartial() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", "RF18539007547034");
		AutoPost post = (AutoPost) this.matcher.decide(paid("500.00").reference("RF18539007547034").build());
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.applied().amount()).isEqualByComparingTo("500.00");
			assertThat(allocation.settles().amount()).isEqualByComparingTo("500.00");
			assertThat(allocation.reasonCode()).isEqualTo("short_payment");
		});
		assertThat(post.confidence()).isEqualTo(0.90);
	}

	@Test
	void aShortPaymentNamedInTextIsPartialOnlyWhenThePayerIsTheCustomer() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", null);
		this.invoices.account("NL91ABNA0417164300", "C-1");
		Refer unknown = (Refer) this.matcher.decide(paid("500.00").text("INV-2026-1001").by("Someone").build());
		assertThat(unknown.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
		assertThat(unknown.detail()).contains("not enough for a partial payment");
		AutoPost known = (AutoPost) this.matcher
			.decide(paid("500.00").text("INV-2026-1001").from("NL91 ABNA 0417 1643 00").build());
		assertThat(known.allocations().get(0).reasonCode()).isEqualTo("short_payment");
		assertThat(known.confidence()).isEqualTo(0.89);
	}

	@Test
	void anOverpaymentSettlesTheInvoiceAndPutsTheRestOnTheCustomersAccount() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", "RF18539007547034");
		AutoPost post = (AutoPost) this.matcher.decide(paid("1400.00").reference("RF18539007547034").build());
		assertThat(post.allocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.settles().amount()).isEqualByComparingTo("1250.00"));
		assertThat(post.onAccount().amount()).isEqualByComparingTo("150.00");
		assertThat(post.onAccountCustomerId()).isEqualTo("C-1");
		assertThat(post.evidence()).contains("overpaid by EUR 150.00");
	}

	@Test
	void anOverpaymentOfSeveralNamedInvoicesSettlesThemAll() {
		this.invoices.add("INV-1", "C-1", "100.00", "RF18539007547034");
		this.invoices.add("INV-2", "C-1", "200.00", "RF18539007547034");
		AutoPost post = (AutoPost) this.matcher.decide(paid("320.00").reference("RF18539007547034").build());
		assertThat(post.allocations()).hasSize(2);
		assertThat(post.onAccount().amount()).isEqualByComparingTo("20.00");
	}

	@Test
	void noPartialOrOverPaymentWhenAnotherInvoiceOfTheCustomerFitsExactly() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", null);
		this.invoices.add("INV-2026-1044", "C-1", "800.00", null);
		this.invoices.account("NL91ABNA0417164300", "C-1");
		Refer refer = (Refer) this.matcher
			.decide(paid("800.00").text("INV-2026-1001").from("NL91ABNA0417164300").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactly("INV-2026-1044", "INV-2026-1001");
	}

	@Test
	void noPartialPaymentWhenTheNamedNumberIsOneSlipFromAnInvoiceThatFitsExactly() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", "RF18539007547034");
		this.invoices.add("INV-2026-1007", "C-9", "800.00", null);
		Refer refer = (Refer) this.matcher.decide(paid("800.00").documents("INV-2026-1001").build());
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
	}

	@Test
	void aPaymentInAnotherCurrencyIsNeverAppliedWhateverTheEvidence() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", "EUR", "1250.00", "RF18539007547034");
		this.invoices.account("DE89370400440532013000", "C-1");
		Refer byReference = (Refer) this.matcher
			.decide(paid("1250.00").in("USD").reference("RF18539007547034").from("DE89370400440532013000").build());
		assertThat(byReference.reason()).isEqualTo(ExceptionReason.CURRENCY_MISMATCH);
		Refer byPayer = (Refer) this.matcher.decide(paid("1250.00").in("USD").from("DE89370400440532013000").build());
		assertThat(byPayer.reason()).isEqualTo(ExceptionReason.CURRENCY_MISMATCH);
	}

	@Test
	void aPartialPaymentLeavesTheRestOpenForTheNextPaymentInTheRun() {
		this.invoices.add("INV-2026-1001", "C-1", "1000.00", "RF18539007547034");
		AutoPost first = (AutoPost) this.matcher.decide(paid("400.00").reference("RF18539007547034").build());
		AutoPost second = (AutoPost) this.matcher.decide(paid("600.00").reference("RF18539007547034").build());
		assertThat(first.allocations().get(0).reasonCode()).isEqualTo("short_payment");
		assertThat(second.allocations().get(0).reasonCode()).isNull();
		assertThat(second.rule()).isEqualTo("creditor_reference");
	}

}
