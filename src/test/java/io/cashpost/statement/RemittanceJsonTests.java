package io.cashpost.statement;

import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RemittanceJsonTests {

	@Test
	void linesSurviveTheRoundTripExactly() {
		List<RemittanceLine> lines = List.of(
				new RemittanceLine(
						List.of(new ReferredDocument("INV-1", DocumentType.INVOICE, "CINV", LocalDate.of(2026, 10, 1)),
								new ReferredDocument("INV-2", DocumentType.UNSPECIFIED, null, null)),
						Money.of("1000.00", "EUR"), Money.of("20.00", "EUR"), null, Money.of("159.66", "EUR"),
						List.of(new Adjustment(Money.of("100.00", "EUR"), Adjustment.Direction.DECREASE, "DAMG",
								"2 Schränke beschädigt"), new Adjustment(Money.of("1.5", "EUR"), null, null, null)),
						Money.of("880.00", "EUR"), "RF18539007547034", List.of("claim 77")),
				new RemittanceLine(List.of(new ReferredDocument("CN-1", DocumentType.CREDIT_NOTE, "CREN", null)), null,
						null, Money.of("50", "JPY"), null, List.of(), null, null, List.of()));

		String json = RemittanceJson.write(lines);

		assertThat(RemittanceJson.read(json)).isEqualTo(lines);
		assertThat(json).contains("\"remitted\":\"EUR 880.00\"").contains("\"direction\":\"decrease\"");
	}

	@Test
	void nothingIsNoLines() {
		assertThat(RemittanceJson.write(List.of())).isEqualTo("[]");
		assertThat(RemittanceJson.read(null)).isEmpty();
		assertThat(RemittanceJson.read("[]")).isEmpty();
	}

	@Test
	void documentTypesFollowTheIsoCodes() {
		assertThat(DocumentType.of("CINV", false)).isEqualTo(DocumentType.INVOICE);
		assertThat(DocumentType.of("CREN", false)).isEqualTo(DocumentType.CREDIT_NOTE);
		assertThat(DocumentType.of("DEBN", false)).isEqualTo(DocumentType.DEBIT_NOTE);
		assertThat(DocumentType.of("SOAC", false)).isEqualTo(DocumentType.OTHER);
		assertThat(DocumentType.of(null, true)).isEqualTo(DocumentType.OTHER);
		assertThat(DocumentType.of(null, false)).isEqualTo(DocumentType.UNSPECIFIED);
	}

}
