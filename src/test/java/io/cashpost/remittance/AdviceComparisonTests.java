package io.cashpost.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.remittance.LinkedPayments.Applied;
import io.cashpost.statement.DocumentType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdviceComparisonTests {

	private static final RemittanceAdvice ADVICE = new RemittanceAdvice("RA-1", 2, 4, "Acme", null, null, "E2E-1",
			LocalDate.of(2026, 11, 20), Money.of("1400.00", "EUR"),
			List.of(line(2, DocumentType.INVOICE, "INV-1001", "1000.00"),
					line(3, DocumentType.INVOICE, "INV-1002", "500.00"),
					line(4, DocumentType.CREDIT_NOTE, "CN-7", "100.00")));

	@Test
	void aPostingThatAppliesWhatTheAdviceSaysAgreesWhateverTheNumbersSpelling() {
		assertThat(AdviceComparison.difference(ADVICE,
				List.of(applied("inv 1001", "1000.0000"), applied("INV-1002", "500.00"), applied("CN-7", "0"))))
			.isEmpty();
	}

	@Test
	void everyDifferenceIsNamed() {
		assertThat(AdviceComparison.difference(ADVICE,
				List.of(applied("INV-1001", "900.00"), applied("INV-1003", "500.00"), applied(null, "0.01"))))
			.contains("INV-1001: the advice pays 1000.00, the posting applied 900.00; "
					+ "INV-1002: the advice pays 500.00, the posting applied 0.00; "
					+ "INV-1003: the posting applied 500.00, the advice does not name it; "
					+ "the posting put 0.01 on account");
	}

	private static AdviceLine line(long line, DocumentType type, String number, String paid) {
		return new AdviceLine(line, type, number, Money.of(paid, "EUR"), null, null, null);
	}

	private static Applied applied(String invoice, String amount) {
		return new Applied(invoice, new BigDecimal(amount));
	}

}
