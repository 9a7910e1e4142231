package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpenItemIndexTests {

	private static final LocalDate DUE = LocalDate.of(2026, 11, 30);

	private final OpenItemIndex.Builder builder = OpenItemIndex.builder();

	@Test
	void givesBackEachInvoiceExactlyAsLoaded() {
		Invoice loaded = new Invoice(42, "INV-2026-000042", "C-1", Money.of("1250.00", "EUR"),
				Money.of("1000.5", "EUR"), DUE.minusDays(30), DUE, new BigDecimal("2.5"), DUE.minusDays(20),
				"RF18 5390 0754 7034");
		this.builder.add(loaded);
		OpenItemIndex index = this.builder.build();
		Invoice found = index.byKey("RF18539007547034").get(0).invoice();
		assertThat(found).usingRecursiveComparison().ignoringFields("openAmount").isEqualTo(loaded);
		assertThat(found.openAmount().amount()).isEqualByComparingTo("1000.50");
		assertThat(index.byKey("INV2026000042")).extracting(OpenItem::id).containsExactly(42L);
		assertThat(index.byVariant("202642")).extracting(OpenItem::id).containsExactly(42L);
		assertThat(index.byKey("INV2026000043")).isEmpty();
	}

	@Test
	void aPartlyPaidInvoiceIsFoundUnderWhatIsLeftOpenOnly() {
		add(1, "C-1", "500.00", DUE);
		add(2, "C-1", "300.00", DUE);
		OpenItemIndex index = this.builder.build();
		assertThat(index.settle(List.of(allocation(1, "C-1", "200.00")), index.now())).isTrue();
		assertThat(index.withOpenAmount(eur("500.00"))).isEmpty();
		assertThat(index.withOpenAmount(eur("300.00"))).extracting(OpenItem::id).containsExactly(1L, 2L);
		assertThat(index.payableBy(eur("299.00"), eur("2.00"), 10, (number, reference) -> true)).hasSize(2);
		assertThat(index.settle(List.of(allocation(2, "C-1", "300.00")), index.now())).isTrue();
		assertThat(index.withOpenAmount(eur("300.00"))).extracting(OpenItem::id).containsExactly(1L);
		assertThat(index.openOf("C-1")).extracting(OpenItem::id).containsExactly(1L);
		assertThat(index.byKey("INV2")).singleElement().satisfies((item) -> assertThat(item.isOpen()).isFalse());
	}

	@Test
	void aCustomersInvoicesComeOldestFirst() {
		add(7, "C-1", "10.00", DUE);
		add(3, "C-1", "10.00", DUE.minusDays(5));
		add(5, "C-2", "10.00", DUE.minusDays(9));
		add(4, "C-1", "10.00", DUE);
		OpenItemIndex index = this.builder.build();
		assertThat(index.openOf("C-1")).extracting(OpenItem::id).containsExactly(3L, 4L, 7L);
		assertThat(index.openOf("C-3")).isEmpty();
	}

	@Test
	void aDecisionTakenBeforeItsCustomerChangedIsRefused() {
		add(1, "C-1", "500.00", DUE);
		add(2, "C-1", "300.00", DUE);
		add(3, "C-2", "300.00", DUE);
		OpenItemIndex index = this.builder.build();
		long before = index.now();
		assertThat(index.settle(List.of(allocation(1, "C-1", "500.00")), before)).isTrue();
		assertThat(index.settle(List.of(allocation(2, "C-1", "300.00")), before)).isFalse();
		assertThat(index.settle(List.of(allocation(3, "C-2", "300.00")), before)).isTrue();
		assertThat(index.openOf("C-1")).extracting(OpenItem::id).containsExactly(2L);
	}

	@Test
	void discountedAmountsFindOnlyInvoicesNotYetPaidInPart() {
		this.builder.add(new Invoice(1, "INV-1", "C-1", eur("1000.00"), eur("1000.00"), DUE.minusDays(30), DUE,
				new BigDecimal("2"), DUE.minusDays(20), null));
		this.builder.add(new Invoice(2, "INV-2", "C-1", eur("1000.00"), eur("600.00"), DUE.minusDays(30), DUE,
				new BigDecimal("2"), DUE.minusDays(20), null));
		OpenItemIndex index = this.builder.build();
		assertThat(index.payableBy(eur("980.00"), eur("0"), 10, (number, reference) -> true)).extracting(OpenItem::id)
			.containsExactly(1L);
	}

	@Test
	void anAmountTooLargeForTheIndexIsLeftOut() {
		add(1, "C-1", "950000000000000.00", DUE);
		add(2, "C-1", "10.00", DUE);
		OpenItemIndex index = this.builder.build();
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.openOf("C-1")).extracting(OpenItem::id).containsExactly(2L);
	}

	@Test
	void invoicesPayableByAnAmountComeOpenThenDiscountedThenNearEachOnceAndNoneWhenTooMany() {
		add(1, "C-1", "103.00", DUE);
		add(2, "C-1", "100.00", DUE);
		this.builder.add(new Invoice(3, "INV-3", "C-2", eur("102.04"), eur("102.04"), DUE.minusDays(30), DUE,
				new BigDecimal("2"), DUE, null));
		add(4, "C-2", "106.00", DUE);
		add(5, "C-2", "99.99", DUE);
		OpenItemIndex index = this.builder.build();
		assertThat(index.payableBy(eur("100.00"), eur("5.00"), 10, (number, reference) -> true))
			.extracting(OpenItem::id)
			.containsExactly(2L, 3L, 1L);
		assertThat(index.payableBy(eur("100.00"), eur("5.00"), 10, (number, reference) -> !number.equals("INV-3")))
			.extracting(OpenItem::id)
			.containsExactly(2L, 1L);
		assertThat(index.payableBy(eur("100.00"), eur("0"), 10, (number, reference) -> true)).extracting(OpenItem::id)
			.containsExactly(2L, 3L);
		assertThat(index.payableBy(eur("100.00"), eur("5.00"), 2, (number, reference) -> true)).isEmpty();
		assertThat(index.payableBy(eur("100.00"), eur("5.00"), 3, (number, reference) -> true)).hasSize(3);
	}

	private void add(long id, String customer, String amount, LocalDate due) {
		this.builder.add(new Invoice(id, "INV-" + id, customer, eur(amount), eur(amount), due.minusDays(30), due, null,
				null, null));
	}

	private static ProposedAllocation allocation(long id, String customer, String settled) {
		return new ProposedAllocation(id, "INV-" + id, customer, eur(settled), eur("0"), eur("0"), null);
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

}
