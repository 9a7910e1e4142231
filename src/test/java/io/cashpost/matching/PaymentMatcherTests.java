package io.cashpost.matching;

import java.time.LocalDate;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentMatcherTests {

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private final PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@Test
	void creditorReferenceWithTheExactAmountSettlesTheInvoice() {
		this.invoices.add("INV-1", "C-1", "1250.00", "RF9826001001");
		MatchDecision decision = this.matcher.decide(payment("1250.00", structured("RF98 2600 1001")));
		AutoPost post = (AutoPost) decision;
		assertThat(post.rule()).isEqualTo("creditor_reference");
		assertThat(post.confidence()).isEqualTo(1.0);
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.invoiceNumber()).isEqualTo("INV-1");
			assertThat(allocation.applied().amount()).isEqualByComparingTo("1250.00");
			assertThat(allocation.reasonCode()).isNull();
		});
		assertThat(post.onAccount().isZero()).isTrue();
	}

	@Test
	void creditorReferenceWithLessPostsAPartialPaymentAndTheInvoiceStaysOpen() {
		this.invoices.add("INV-1", "C-1", "1250.00", "RF9826001001");
		AutoPost post = (AutoPost) this.matcher.decide(payment("1000.00", structured("RF9826001001")));
		assertThat(post.allocations()).singleElement().satisfies((allocation) -> {
			assertThat(allocation.applied().amount()).isEqualByComparingTo("1000.00");
			assertThat(allocation.reasonCode()).isEqualTo("short_payment");
		});
		assertThat(post.evidence()).contains("short by EUR 250.00");
	}

	@Test
	void creditorReferenceWithMoreSettlesTheInvoiceAndPutsTheRestOnAccount() {
		this.invoices.add("INV-1", "C-1", "1250.00", "RF9826001001");
		AutoPost post = (AutoPost) this.matcher.decide(payment("1300.00", structured("RF9826001001")));
		assertThat(post.allocations()).singleElement()
			.satisfies((allocation) -> assertThat(allocation.applied().amount()).isEqualByComparingTo("1250.00"));
		assertThat(post.onAccount().amount()).isEqualByComparingTo("50.00");
		assertThat(post.onAccountCustomerId()).isEqualTo("C-1");
	}

	@Test
	void invoiceNumberInTextWithTheExactAmountIsPosted() {
		this.invoices.add("INV-2026-1012", "C-2", "1120.00", null);
		for (String text : List.of("Rechnung INV-2026-1012", "inv 2026 1012 Danke", "INV2026-1012 / Kd C-2",
				"Payment for invoice inv-2026-1012.")) {
			this.matcher.refresh();
			MatchDecision decision = this.matcher.decide(payment("1120.00", text(text)));
			assertThat(decision).as(text).isInstanceOf(AutoPost.class);
			assertThat(((AutoPost) decision).rule()).isEqualTo("invoice_number_in_text");
		}
	}

	@Test
	void invoiceNumberInTextWithAnotherAmountIsReferredAsAmountMismatch() {
		this.invoices.add("INV-2026-1012", "C-2", "1120.00", null);
		Refer refer = (Refer) this.matcher.decide(payment("1100.00", text("INV-2026-1012")));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
		assertThat(refer.suggestions()).singleElement()
			.satisfies((suggestion) -> assertThat(suggestion.invoiceNumber()).isEqualTo("INV-2026-1012"));
	}

	@Test
	void severalInvoicesInTextThatAddUpArePostedTogether() {
		this.invoices.add("INV-7", "C-3", "100.00", null);
		this.invoices.add("INV-8", "C-3", "250.50", null);
		AutoPost post = (AutoPost) this.matcher.decide(payment("350.50", text("INV-7 and INV-8")));
		assertThat(post.allocations()).extracting(ProposedAllocation::invoiceNumber).containsExactly("INV-7", "INV-8");
		assertThat(post.rule()).isEqualTo("invoice_number_in_text_sum");
	}

	@Test
	void severalInvoicesOfDifferentCustomersAreNeverCombined() {
		this.invoices.add("INV-7", "C-3", "100.00", null);
		this.invoices.add("INV-8", "C-4", "250.50", null);
		Refer refer = (Refer) this.matcher.decide(payment("350.50", text("INV-7 INV-8")));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
	}

	@Test
	void twoReferencedInvoicesWithTheSameAmountAreAmbiguous() {
		this.invoices.add("INV-7", "C-3", "100.00", null);
		this.invoices.add("INV-8", "C-3", "100.00", null);
		this.invoices.add("INV-9", "C-3", "100.00", null);
		Refer refer = (Refer) this.matcher.decide(payment("100.00", text("INV-7 INV-8 INV-9")));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
		assertThat(refer.suggestions()).hasSize(3);
	}

	@Test
	void aPaymentInAnotherCurrencyIsNeverApplied() {
		this.invoices.add("INV-CH", "C-7", "7420.00", "CHF", "7420.00", "RF3326001007");
		Refer refer = (Refer) this.matcher.decide(payment("7420.00", structured("RF3326001007")));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.CURRENCY_MISMATCH);
		assertThat(refer.detail()).contains("CHF");
	}

	@Test
	void aSettledInvoiceIsNeverPaidAgain() {
		this.invoices.add("INV-1", "C-1", "1250.00", "EUR", "0.00", "RF9826001001");
		Refer refer = (Refer) this.matcher.decide(payment("1250.00", structured("RF9826001001")));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.INVOICE_SETTLED);
	}

	@Test
	void referredDocumentNumbersAreStructuredReferences() {
		this.invoices.add("INV-2026-1001", "C-1", "1250.00", null);
		RemittanceInfo remittance = new RemittanceInfo(List.of(), null, List.of("INV-2026-1001"));
		AutoPost post = (AutoPost) this.matcher.decide(payment("1000.00", remittance));
		assertThat(post.rule()).isEqualTo("referred_document");
		assertThat(post.allocations().get(0).reasonCode()).isEqualTo("short_payment");
	}

	@Test
	void noReferenceFromAKnownAccountIsReferredWithTheCustomerNamed() {
		this.invoices.account("DE89370400440532013000", "C-1");
		Refer refer = (Refer) this.matcher.decide(payment("99.00", text("Danke"), "DE89370400440532013000"));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.NO_CANDIDATE);
		assertThat(refer.detail()).contains("C-1");
	}

	@Test
	void noReferenceFromAnUnknownPayerIsReferredAsUnknownPayer() {
		Refer refer = (Refer) this.matcher.decide(payment("99.00", text("Miete November"), "DE02100100100006820101"));
		assertThat(refer.reason()).isEqualTo(ExceptionReason.UNKNOWN_PAYER);
	}

	@Test
	void wordsWithoutDigitsAreNotTakenForInvoiceNumbers() {
		assertThat(InvoiceNumberCandidates.in("Danke fuer die Lieferung", 4)).isEmpty();
		assertThat(InvoiceNumberCandidates.in("INV 2026 1012", 4)).contains("INV20261012", "20261012", "2026");
	}

	@Test
	void debitsAreNotReceivablesAndPendingEntriesAreNotPosted() {
		assertThat(this.matcher.decide(payment("-50.00", text("INV-1")))).isInstanceOf(NotReceivable.class);
		Payment pending = new Payment(1, "k", "DE75512108001245126199", Money.of("10.00", "EUR"),
				LocalDate.of(2026, 11, 20), EntryStatus.PENDING, false, null, null, RemittanceInfo.NONE);
		assertThat(this.matcher.decide(pending)).isInstanceOf(NotBooked.class);
	}

	@Test
	void aReturnedReceiptIsReversedAndNeverMatchedAsAPayment() {
		this.invoices.add("INV-1", "C-1", "1250.00", "RF9826001001");
		Payment returned = new Payment(1, "k", "DE75512108001245126199", Money.of("-1250.00", "EUR"),
				LocalDate.of(2026, 11, 20), EntryStatus.BOOKED, true, null, null, structured("RF9826001001"));
		assertThat(this.matcher.decide(returned)).isInstanceOf(MatchDecision.Reverse.class);
		Payment reversedDebit = new Payment(2, "k2", "DE75512108001245126199", Money.of("1250.00", "EUR"),
				LocalDate.of(2026, 11, 20), EntryStatus.BOOKED, true, null, null, structured("RF9826001001"));
		assertThat(this.matcher.decide(reversedDebit)).isInstanceOf(NotReceivable.class);
	}

	private static Payment payment(String amount, RemittanceInfo remittance) {
		return payment(amount, remittance, null);
	}

	private static Payment payment(String amount, RemittanceInfo remittance, String debtorAccount) {
		return new Payment(1, "key", "DE75512108001245126199", Money.of(amount, "EUR"), LocalDate.of(2026, 11, 20),
				EntryStatus.BOOKED, false, "Payer GmbH", debtorAccount, remittance);
	}

	private static RemittanceInfo structured(String reference) {
		return new RemittanceInfo(List.of(), reference, List.of());
	}

	private static RemittanceInfo text(String text) {
		return new RemittanceInfo(List.of(text), null, List.of());
	}

}
