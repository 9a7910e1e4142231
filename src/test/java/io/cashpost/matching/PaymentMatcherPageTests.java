package io.cashpost.matching;

import java.util.List;

import io.cashpost.matching.MatchDecision.Refer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.cashpost.matching.TestPayments.paid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of payments told to matching before it is decided
 * ({@link PaymentMatcher#expect}) is decided exactly as the payments would be alone, with
 * one look-up in the database for the whole page instead of one for each payment that
 * names nothing open.
 */
class PaymentMatcherPageTests {

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	private List<Payment> page;

	@BeforeEach
	void invoices() {
		this.invoices.add("INV-2026-1001", "C-1", "100.00", "EUR", "0.00", null);
		this.invoices.add("INV-2026-1002", "C-1", "250.00", "EUR", "0.00", "RF18539007547034");
		this.invoices.add("INV-2026-1003", "C-2", "80.00", "USD", "0.00", null);
		this.invoices.add("INV-2026-1004", "C-2", "75.00", null);
		this.page = List.of(paid("100.00").id(11).text("Rechnung INV-2026-1001").build(),
				paid("250.00").id(12).reference("RF18 5390 0754 7034").build(),
				paid("80.00").id(13).documents("INV-2026-1003").build(),
				paid("75.00").id(14).text("INV-2026-1004").build(),
				paid("60.00").id(15).text("order 4711 of 2026-11-02").build(),
				paid("-60.00").id(16).text("INV-2026-1001").build());
	}

	@Test
	void aPageIsDecidedAsItsPaymentsAloneWithOneLookUp() {
		List<String> alone = decisions(new PaymentMatcher(this.invoices, MatchingProperties.defaults()), false);
		int lookUpsAlone = this.invoices.keyLookups();
		int before = this.invoices.keyLookups();
		List<String> together = decisions(new PaymentMatcher(this.invoices, MatchingProperties.defaults()), true);

		assertThat(together).isEqualTo(alone);
		assertThat(alone).startsWith("INVOICE_SETTLED INV-2026-1001 already settled (payment names INV-2026-1001)",
				"INVOICE_SETTLED INV-2026-1002 already settled (payment names INV-2026-1002)",
				"CURRENCY_MISMATCH paid in EUR, INV-2026-1003 is in USD (payment names INV-2026-1003)");
		assertThat(alone.get(4)).isEqualTo("UNKNOWN_PAYER nothing names an invoice and no payer name");
		assertThat(lookUpsAlone).isEqualTo(4);
		assertThat(this.invoices.keyLookups() - before).isEqualTo(1);
	}

	@Test
	void aPaymentIsLookedUpAloneOnceItsPageIsDecided() {
		PaymentMatcher matcher = new PaymentMatcher(this.invoices, MatchingProperties.defaults());
		matcher.expect(this.page);
		this.page.forEach(matcher::decide);
		int afterPage = this.invoices.keyLookups();

		Refer again = (Refer) matcher.decide(this.page.get(0));

		assertThat(again.reason()).isEqualTo(ExceptionReason.INVOICE_SETTLED);
		assertThat(this.invoices.keyLookups()).isEqualTo(afterPage + 1);
	}

	private List<String> decisions(PaymentMatcher matcher, boolean asPage) {
		if (asPage) {
			matcher.expect(this.page);
		}
		return this.page.stream().map(matcher::decide).map(PaymentMatcherPageTests::describe).toList();
	}

	private static String describe(MatchDecision decision) {
		if (decision instanceof Refer refer) {
			return refer.reason() + " " + refer.detail();
		}
		return decision.toString();
	}

}
