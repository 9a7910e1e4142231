package io.cashpost.matching;

import java.util.ArrayList;
import java.util.List;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceLine;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/** Payments whose structured remittance says per invoice what is paid. */
class PaymentMatcherRemittanceTests {

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private final PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());

	@Test
	void twelveLinesWithADeductionAndACreditNotePostElevenSettledAndOnePartialInOneDecision() {
		List<RemittanceLine> lines = new ArrayList<>();
		String[] amounts = { "18450.00", "27390.50", "9875.25", "41200.00", "12640.80", "33015.00", "7480.60",
				"55300.00", "21905.16", "38760.00", "16998.00", "43000.00" };
		for (int i = 0; i < amounts.length; i++) {
			String number = "INV-2026-21" + String.format("%02d", i + 1);
			this.invoices.add(number, "C-HOLL", amounts[i], null);
			lines.add((i == 5)
					? invoice(number, amounts[i], "32915.00",
							new Adjustment(eur("100.00"), Adjustment.Direction.DECREASE, "DAMG", "damaged on delivery"))
					: invoice(number, amounts[i], amounts[i]));
		}
		this.invoices.addCreditNote("CN-2026-0457", "C-HOLL", "1250.00");
		lines.add(creditNote("CN-2026-0457", "1250.00"));

		AutoPost post = (AutoPost) this.matcher
			.decide(paid("324665.31").lines(lines.toArray(RemittanceLine[]::new)).build());

		assertThat(post.rule()).isEqualTo("remittance_lines");
		assertThat(post.allocations()).hasSize(12);
		assertThat(post.allocations().stream().filter((a) -> !a.hasDeduction())).hasSize(11)
			.allSatisfy((a) -> assertThat(a.deductionReason()).isNull());
		ProposedAllocation partial = post.allocations().get(5);
		assertThat(partial.invoiceNumber()).isEqualTo("INV-2026-2106");
		assertThat(partial.settles().amount()).isEqualByComparingTo("32915.00");
		assertThat(partial.deduction().amount()).isEqualByComparingTo("100.00");
		assertThat(partial.deductionReason()).isEqualTo("DAMG");
		assertThat(partial.reasonCode()).isEqualTo("deduction");
		assertThat(post.creditNotes()).singleElement().satisfies((use) -> {
			assertThat(use.number()).isEqualTo("CN-2026-0457");
			assertThat(use.used().amount()).isEqualByComparingTo("1250.00");
		});
		Money cash = post.allocations().stream().map(ProposedAllocation::applied).reduce(Money::plus).orElseThrow();
		Money credit = post.allocations().stream().map(ProposedAllocation::credit).reduce(Money::plus).orElseThrow();
		assertThat(cash.amount()).isEqualByComparingTo("324665.31");
		assertThat(credit.amount()).isEqualByComparingTo("1250.00");
		assertThat(post.onAccount().isZero()).isTrue();
		assertThat(post.confidence()).isGreaterThanOrEqualTo(0.8);
	}

	@Test
	void linesThatDoNotAddUpAreReferredWithEveryLineAsASuggestion() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-2", "C-1", "500.00", null);
		this.invoices.add("INV-3", "C-1", "250.00", null);
		this.invoices.add("INV-4", "C-1", "125.00", null);

		Refer refer = (Refer) this.matcher.decide(
				paid("1875.01")
					.lines(invoice("INV-1", "1000.00", "1000.00"), invoice("INV-2", "500.00", "500.00"),
							invoice("INV-3", "250.00", "250.00"), invoice("INV-4", "125.00", "125.00"))
					.build());

		assertThat(refer.reason()).isEqualTo(ExceptionReason.REMITTANCE_MISMATCH);
		assertThat(refer.detail()).contains("add up to EUR 1875.00", "received EUR 1875.01");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactly("INV-1", "INV-2", "INV-3", "INV-4");
	}

	@Test
	void aLineNamingNoOpenInvoiceIsReferred() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-9", "C-2", "500.00", null);

		Refer unknown = (Refer) this.matcher
			.decide(paid("1500.00").lines(invoice("INV-1", "1000.00", "1000.00"), invoice("INV-7", "500.00", "500.00"))
				.build());
		Refer otherCustomer = (Refer) this.matcher
			.decide(paid("1500.00").lines(invoice("INV-1", "1000.00", "1000.00"), invoice("INV-9", "500.00", "500.00"))
				.build());

		assertThat(unknown.reason()).isEqualTo(ExceptionReason.REMITTANCE_UNMATCHED);
		assertThat(unknown.detail()).contains("INV-7 is no open invoice");
		assertThat(unknown.suggestions()).hasSize(2);
		assertThat(otherCustomer.reason()).isEqualTo(ExceptionReason.REMITTANCE_UNMATCHED);
		assertThat(otherCustomer.detail()).contains("INV-9 is of C-2");
	}

	@Test
	void anInvoiceLessACreditNoteSettlesBoth() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.addCreditNote("CN-1", "C-1", "150.00");

		AutoPost post = (AutoPost) this.matcher
			.decide(paid("850.00").lines(invoice("INV-1", "1000.00", "1000.00"), creditNote("CN-1", "150.00")).build());

		assertThat(post.allocations()).singleElement().satisfies((a) -> {
			assertThat(a.applied().amount()).isEqualByComparingTo("850.00");
			assertThat(a.credit().amount()).isEqualByComparingTo("150.00");
			assertThat(a.settles().amount()).isEqualByComparingTo("1000.00");
			assertThat(a.hasDeduction()).isFalse();
		});
		assertThat(post.creditNotes()).singleElement()
			.satisfies((use) -> assertThat(use.used().amount()).isEqualByComparingTo("150.00"));
		assertThat(post.confidence()).isEqualTo(1.0);
	}

	@Test
	void aCreditNoteUsedOnceIsNotThereForTheNextPayment() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-2", "C-1", "1000.00", null);
		this.invoices.addCreditNote("CN-1", "C-1", "150.00");

		MatchDecision first = this.matcher
			.decide(paid("850.00").lines(invoice("INV-1", "1000.00", "1000.00"), creditNote("CN-1", "150.00")).build());
		MatchDecision second = this.matcher
			.decide(paid("850.00").lines(invoice("INV-2", "1000.00", "1000.00"), creditNote("CN-1", "150.00")).build());

		assertThat(first).isInstanceOf(AutoPost.class);
		assertThat(((Refer) second).reason()).isEqualTo(ExceptionReason.REMITTANCE_UNMATCHED);
		assertThat(((Refer) second).detail()).contains("CN-1 has EUR 0.00 left");
	}

	@Test
	void aCreditNoteIsNeverAnInvoiceToApplyCashTo() {
		this.invoices.add("INV-1", "C-1", "999.00", null);
		this.invoices.addCreditNote("CN-2026-0001", "C-1", "150.00");

		MatchDecision decision = this.matcher.decide(paid("150.00").text("CN-2026-0001").build());

		assertThat(decision).isNotInstanceOf(AutoPost.class);
	}

	@Test
	void aDeductionWithinTheToleranceIsWrittenOff() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);

		AutoPost post = (AutoPost) this.matcher.decide(
				paid("997.00")
					.lines(invoice("INV-1", "1000.00", "997.00",
							new Adjustment(eur("3.00"), Adjustment.Direction.DECREASE, "BKCH", null)))
					.build());

		assertThat(post.allocations()).singleElement().satisfies((a) -> {
			assertThat(a.writeOff().amount()).isEqualByComparingTo("3.00");
			assertThat(a.reasonCode()).isEqualTo("small_difference");
			assertThat(a.hasDeduction()).isFalse();
			assertThat(a.settles().amount()).isEqualByComparingTo("1000.00");
		});
	}

	@Test
	void withoutAReasonCodeTheReasonIsReadFromTheText() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-2", "C-1", "2000.00", null);
		this.invoices.add("INV-3", "C-1", "3000.00", null);

		AutoPost post = (AutoPost) this.matcher.decide(
				paid("5400.00")
					.lines(invoice("INV-1", "1000.00", "900.00",
							new Adjustment(eur("100.00"), null, null, "Goods arrived DAMAGED, see claim")),
							line("INV-2", "2000.00", "1800.00", List.of(), List.of("Preisdifferenz lt. Vereinbarung")),
							invoice("INV-3", "3000.00", "2700.00"))
					.build());

		assertThat(post.allocations()).extracting(ProposedAllocation::deductionReason)
			.containsExactly("damaged_goods", "pricing", "unexplained");
		assertThat(post.allocations()).extracting((a) -> a.deduction().amount().toPlainString())
			.containsExactly("100.00", "200.00", "300.00");
	}

	@Test
	void aMappingOfOurOwnNamesReasonsTheDefaultsDoNot() {
		DeductionProperties deductions = new DeductionProperties(
				java.util.Map.of("marketing_fee", List.of("listing fee")), "unexplained");
		PaymentMatcher configured = new PaymentMatcher(this.invoices, OwnAccounts.NONE, MatchingProperties.defaults(),
				deductions);
		this.invoices.add("INV-1", "C-1", "1000.00", null);

		AutoPost post = (AutoPost) configured.decide(
				paid("800.00")
					.lines(invoice("INV-1", "1000.00", "800.00",
							new Adjustment(eur("200.00"), Adjustment.Direction.DECREASE, null, "Listing fee Q4")))
					.build());

		assertThat(post.allocations()).singleElement()
			.satisfies((a) -> assertThat(a.deductionReason()).isEqualTo("marketing_fee"));
	}

	@Test
	void aLineRemittingMoreThanIsOpenIsReferred() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);

		Refer refer = (Refer) this.matcher
			.decide(paid("1200.00").lines(invoice("INV-1", "1000.00", "1200.00")).build());

		assertThat(refer.reason()).isEqualTo(ExceptionReason.REMITTANCE_UNMATCHED);
	}

	@Test
	void documentsWithoutPerLineAmountsKeepTheEarlierRules() {
		this.invoices.add("INV-1", "C-1", "1000.00", null);
		this.invoices.add("INV-2", "C-1", "500.00", null);

		AutoPost post = (AutoPost) this.matcher.decide(paid("1500.00").documents("INV-1", "INV-2").build());

		assertThat(post.rule()).isNotEqualTo("remittance_lines");
		assertThat(post.allocations()).hasSize(2);
	}

	@Test
	void invoicesNamedInTheTextLessACreditNoteNamedThereToo() {
		this.invoices.add("INV-2026-1012", "C-2", "1000.00", null);
		this.invoices.addCreditNote("CN-2026-0001", "C-2", "150.00");

		AutoPost post = (AutoPost) this.matcher
			.decide(paid("850.00").text("Rechnung INV-2026-1012 abzgl. Gutschrift CN-2026-0001").build());

		assertThat(post.rule()).isEqualTo("credit_note_named");
		assertThat(post.allocations()).singleElement().satisfies((a) -> {
			assertThat(a.applied().amount()).isEqualByComparingTo("850.00");
			assertThat(a.credit().amount()).isEqualByComparingTo("150.00");
		});
		assertThat(post.creditNotes()).singleElement()
			.satisfies((use) -> assertThat(use.number()).isEqualTo("CN-2026-0001"));
	}

	@Test
	void aNamedCreditNoteThatDoesNotMakeTheAmountIsReferredNotPostedAsAPartialPayment() {
		this.invoices.add("INV-2026-1012", "C-2", "1000.00", null);
		this.invoices.addCreditNote("CN-2026-0001", "C-2", "150.00");

		Refer refer = (Refer) this.matcher
			.decide(paid("800.00").text("INV-2026-1012 less credit note CN-2026-0001").build());

		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMOUNT_MISMATCH);
		assertThat(refer.detail()).contains("is EUR 850.00, paid EUR 800.00");
		assertThat(refer.suggestions()).extracting(Suggestion::invoiceNumber)
			.containsExactly("INV-2026-1012", "CN-2026-0001");
	}

	@Test
	void aKnownPayerNamingNothingPaysOneInvoiceLessOneCreditNote() {
		this.invoices.account("DE89370400440532013000", "C-3");
		this.invoices.add("INV-31", "C-3", "1000.00", null);
		this.invoices.add("INV-32", "C-3", "640.00", null);
		this.invoices.addCreditNote("CN-31", "C-3", "150.00");

		AutoPost post = (AutoPost) this.matcher
			.decide(paid("490.00").from("DE89370400440532013000").text("Zahlung").build());

		assertThat(post.rule()).isEqualTo("credit_note_combination");
		assertThat(post.allocations()).singleElement().satisfies((a) -> {
			assertThat(a.invoiceNumber()).isEqualTo("INV-32");
			assertThat(a.settles().amount()).isEqualByComparingTo("640.00");
		});
		assertThat(post.creditNotes()).singleElement()
			.satisfies((use) -> assertThat(use.used().amount()).isEqualByComparingTo("150.00"));
	}

	@Test
	void twoPairsThatMakeTheAmountAreAPersonsCall() {
		this.invoices.account("DE89370400440532013000", "C-3");
		this.invoices.add("INV-31", "C-3", "1000.00", null);
		this.invoices.add("INV-32", "C-3", "900.00", null);
		this.invoices.addCreditNote("CN-31", "C-3", "150.00");
		this.invoices.addCreditNote("CN-32", "C-3", "50.00");

		Refer refer = (Refer) this.matcher.decide(paid("850.00").from("DE89370400440532013000").build());

		assertThat(refer.reason()).isEqualTo(ExceptionReason.AMBIGUOUS);
	}

	@Test
	void anInvoiceOpenForExactlyTheAmountBeatsAnyCreditNoteCombination() {
		this.invoices.account("DE89370400440532013000", "C-3");
		this.invoices.add("INV-31", "C-3", "1000.00", null);
		this.invoices.add("INV-33", "C-3", "850.00", null);
		this.invoices.addCreditNote("CN-31", "C-3", "150.00");

		AutoPost post = (AutoPost) this.matcher.decide(paid("850.00").from("DE89370400440532013000").build());

		assertThat(post.allocations()).singleElement()
			.satisfies((a) -> assertThat(a.invoiceNumber()).isEqualTo("INV-33"));
		assertThat(post.creditNotes()).isEmpty();
	}

	private static RemittanceLine invoice(String number, String due, String remitted, Adjustment... adjustments) {
		return line(number, due, remitted, List.of(adjustments), List.of());
	}

	private static RemittanceLine line(String number, String due, String remitted, List<Adjustment> adjustments,
			List<String> text) {
		return new RemittanceLine(List.of(new ReferredDocument(number, DocumentType.INVOICE, "CINV", null)), eur(due),
				null, null, null, adjustments, eur(remitted), null, text);
	}

	private static RemittanceLine creditNote(String number, String amount) {
		return new RemittanceLine(List.of(new ReferredDocument(number, DocumentType.CREDIT_NOTE, "CREN", null)), null,
				null, eur(amount), null, List.of(), null, null, List.of());
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

}
