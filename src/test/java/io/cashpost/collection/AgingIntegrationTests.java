package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aging as of any day, from the ledger: later payments are not subtracted, a payment
 * returned later counts as it stood, buckets add up to the balance.
 */
@CashpostIntegrationTest
class AgingIntegrationTests {

	@Autowired
	Aging aging;

	@Autowired
	CustomerAging customerAging;

	@Autowired
	CustomerBalances balances;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	LedgerWriter ledger;

	@BeforeEach
	void ledger() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		this.ledger.customer("C-1", "Müller").customer("C-2", "Van der Berg").customer("C-3", "Alpine");
		this.ledger.invoice("INV-1", "C-1", "EUR", "1000.00", day(10, 1), day(10, 31));
		this.ledger.invoice("INV-2", "C-1", "EUR", "2000.00", day(10, 15), day(11, 14));
		this.ledger.invoice("INV-3", "C-2", "EUR", "3000.00", day(11, 5), day(12, 5));
		this.ledger.invoice("INV-4", "C-2", "EUR", "1500.00", day(11, 20), day(12, 20));
		this.ledger.invoice("INV-5", "C-3", "EUR", "500.00", day(9, 1), day(10, 1));
		this.ledger.invoice("INV-7", "C-3", "CHF", "250.00", day(5, 1), day(6, 1));
		this.ledger.pay("INV-1", "400.00", this.ledger.noon(day(10, 20)));
		this.ledger.pay("INV-1", "600.00", this.ledger.noon(day(11, 10)));
		long returned = this.ledger.pay("INV-5", "500.00", this.ledger.noon(day(11, 12)));
		this.ledger.reverse(returned, this.ledger.noon(day(11, 18)));
		this.ledger.pay("INV-3", "1000.00", this.ledger.noon(day(11, 25)));
	}

	@Test
	void aBackDatedAgingCountsWhatWasOpenThenNotWhatWasPaidLater() {
		// 11-11: INV-1 paid the day before; INV-5's payment of 11-12 has not come yet
		assertThat(rows(day(11, 11))).containsExactly(row("C-1", "EUR", "2000", "0", "0", "0", "0", "0", "2000"),
				row("C-2", "EUR", "3000", "0", "0", "0", "0", "0", "3000"),
				row("C-3", "CHF", "0", "0", "0", "0", "0", "250", "250"),
				row("C-3", "EUR", "0", "0", "500", "0", "0", "0", "500"));
		// 11-13: INV-5 paid (the bank returns it only on the 18th)
		assertThat(rows(day(11, 13))).extracting(AgingRow::customerId, AgingRow::currency)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C-1", "EUR"),
					org.assertj.core.groups.Tuple.tuple("C-2", "EUR"),
					org.assertj.core.groups.Tuple.tuple("C-3", "CHF"));
		// 11-20: returned, open again; INV-2 6 days past due; INV-4 issued that day
		assertThat(rows(day(11, 20))).containsExactly(row("C-1", "EUR", "0", "2000", "0", "0", "0", "0", "2000"),
				row("C-2", "EUR", "4500", "0", "0", "0", "0", "0", "4500"),
				row("C-3", "CHF", "0", "0", "0", "0", "0", "250", "250"),
				row("C-3", "EUR", "0", "0", "500", "0", "0", "0", "500"));
	}

	@Test
	void everyBucketHasItsBoundsAndTheyAddUpToTheBalance() {
		// 12-31: INV-2 47 days, INV-3 26, INV-4 11, INV-5 91, INV-7 213 days past due
		List<AgingRow> rows = rows(day(12, 31));
		assertThat(rows).containsExactly(row("C-1", "EUR", "0", "0", "2000", "0", "0", "0", "2000"),
				row("C-2", "EUR", "0", "3500", "0", "0", "0", "0", "3500"),
				row("C-3", "CHF", "0", "0", "0", "0", "0", "250", "250"),
				row("C-3", "EUR", "0", "0", "0", "0", "500", "0", "500"));
		for (AgingRow row : rows) {
			assertThat(row.current()
				.add(row.overdue1To30())
				.add(row.overdue31To60())
				.add(row.overdue61To90())
				.add(row.overdue91To120())
				.add(row.overdueOver120())).isEqualByComparingTo(row.total());
		}
		assertThat(this.aging.totals(day(12, 31), null)).extracting(AgingRow::currency, AgingRow::total)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CHF", new BigDecimal("250.0000")),
					org.assertj.core.groups.Tuple.tuple("EUR", new BigDecimal("6000.0000")));
	}

	@Test
	void todaysAgingAddsUpToTheBalancesCollectorsSee() {
		List<AgingRow> rows = this.aging.rows(LocalDate.now(this.clock), null, null, 100);
		for (CustomerBalance balance : this.balances.all()) {
			BigDecimal aged = rows.stream()
				.filter((r) -> r.customerId().equals(balance.customerId()) && r.currency().equals(balance.currency()))
				.map(AgingRow::total)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertThat(aged).as(balance.customerId() + " " + balance.currency())
				.isEqualByComparingTo(balance.openAmount());
		}
	}

	@Test
	void pagesFollowEachOtherByCustomerAndCurrency() {
		List<AgingRow> first = this.aging.rows(day(11, 20), null, null, 2);
		List<AgingRow> second = this.aging.rows(day(11, 20), null,
				new Aging.AgingKey(first.get(1).customerId(), first.get(1).currency()), 2);
		assertThat(first).extracting(AgingRow::customerId).containsExactly("C-1", "C-2");
		assertThat(second).extracting(AgingRow::customerId, AgingRow::currency)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C-3", "CHF"),
					org.assertj.core.groups.Tuple.tuple("C-3", "EUR"));
	}

	@Test
	void theNightlySnapshotKeepsItsColumnsAndAddsTheLongerBuckets() {
		this.customerAging.refresh(day(12, 31));
		java.util.Map<String, CustomerAging.Row> rows = new java.util.HashMap<>();
		this.customerAging.forEach((row) -> rows.put(row.customerId() + row.currency(), row));
		CustomerAging.Row alpine = rows.get("C-3EUR");
		assertThat(alpine.overdue91To120()).isEqualByComparingTo("500");
		assertThat(alpine.overdueOver90()).isEqualByComparingTo("500");
		assertThat(rows.get("C-3CHF").overdueOver120()).isEqualByComparingTo("250");
		assertThat(rows.get("C-2EUR").overdue1To30()).isEqualByComparingTo("3500");
	}

	private List<AgingRow> rows(LocalDate asOf) {
		return this.aging.rows(asOf, null, null, 100);
	}

	private static AgingRow row(String customer, String currency, String current, String d30, String d60, String d90,
			String d120, String over120, String total) {
		String name = switch (customer) {
			case "C-1" -> "Müller";
			case "C-2" -> "Van der Berg";
			default -> "Alpine";
		};
		return new AgingRow(customer, name, currency, scaled(current), scaled(d30), scaled(d60), scaled(d90),
				scaled(d120), scaled(over120), scaled(total));
	}

	private static BigDecimal scaled(String amount) {
		return new BigDecimal(amount).setScale(4);
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

}
