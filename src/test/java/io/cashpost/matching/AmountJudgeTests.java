package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cashpost.matching.AmountJudge.Open;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's truth: what the amount alone lets a careful person conclude. */
class AmountJudgeTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	@Test
	void oneInvoiceOpenForExactlyTheAmountIsThePayersEvenIfOthersAddUpToIt() {
		List<Open> open = List.of(open("A", "637.00"), open("B", "400.00"), open("C", "237.00"));
		assertThat(AmountJudge.onlyFit(open, new BigDecimal("637.00"), DAY)).contains(Set.of("A"));
	}

	@Test
	void fitsOfDifferentKindsCompete() {
		List<Open> toleranceAndSum = List.of(open("A", "640.00"), open("B", "400.00"), open("C", "237.00"));
		assertThat(AmountJudge.onlyFit(toleranceAndSum, new BigDecimal("637.00"), DAY)).isEmpty();
		List<Open> exactAndTolerance = List.of(open("A", "637.00"), open("B", "640.00"));
		assertThat(AmountJudge.onlyFit(exactAndTolerance, new BigDecimal("637.00"), DAY)).isEmpty();
		List<Open> discountAndExact = List.of(
				new Open("A", new BigDecimal("1000.00"), new BigDecimal("1000.00"), new BigDecimal("2"), DAY),
				open("B", "980.00"));
		assertThat(AmountJudge.onlyFit(discountAndExact, new BigDecimal("980.00"), DAY)).isEmpty();
	}

	@Test
	void aToleranceFitOrACombinationAloneIsThePayers() {
		assertThat(
				AmountJudge.onlyFit(List.of(open("A", "640.00"), open("B", "100.00")), new BigDecimal("637.00"), DAY))
			.contains(Set.of("A"));
		assertThat(AmountJudge.onlyFit(List.of(open("A", "120.00"), open("B", "75.50"), open("C", "310.00")),
				new BigDecimal("385.50"), DAY))
			.contains(Set.of("B", "C"));
	}

	@Test
	void beyondSixtyInvoicesBelowTheAmountOnlyAnExactInvoiceIsCertain() {
		List<Open> open = new ArrayList<>();
		for (int i = 0; i < 61; i++) {
			open.add(open("S" + i, (100 + 2 * i) + ".01"));
		}
		open.add(open("BIG", "2500.00"));
		assertThat(AmountJudge.onlyFit(open, new BigDecimal("2497.00"), DAY)).isEqualTo(Optional.empty());
		assertThat(AmountJudge.onlyFit(open, new BigDecimal("2500.00"), DAY)).contains(Set.of("BIG"));
	}

	@Test
	void anExactInvoiceElsewhereOfTheCustomerOrOneSlipAwayOutranksANamedInexactFit() {
		List<Open> customer = List.of(open("INV-2026-1001", "1250.00"), open("INV-2026-1044", "1246.50"));
		assertThat(AmountJudge.exactElsewhere(customer, List.of(), Set.of("INV-2026-1001"), new BigDecimal("1246.50")))
			.isTrue();
		List<Open> elsewhere = List.of(open("INV-2026-1007", "1246.50"), open("INV-2026-9999", "1246.50"));
		assertThat(AmountJudge.exactElsewhere(List.of(customer.get(0)), elsewhere, Set.of("INV-2026-1001"),
				new BigDecimal("1246.50")))
			.isTrue();
		assertThat(AmountJudge.exactElsewhere(List.of(customer.get(0)), List.of(elsewhere.get(1)),
				Set.of("INV-2026-1001"), new BigDecimal("1246.50")))
			.isFalse();
	}

	private static Open open(String number, String amount) {
		return new Open(number, new BigDecimal(amount), new BigDecimal(amount), null, null);
	}

}
