package io.cashpost.collection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The worklist ranks by amount × days overdue, raised by broken promises; blocks chasing
 * with the reason when a payment is being applied, everything is disputed, a promise is
 * open, a person holds the customer, or the data is stale; shows today's payments.
 */
@CashpostIntegrationTest
class WorklistIntegrationTests {

	@Autowired
	Worklist worklist;

	@Autowired
	Promises promises;

	@Autowired
	Disputes disputes;

	@Autowired
	Holds holds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	LedgerWriter ledger;

	LocalDate today;

	@BeforeEach
	void overdueCustomers() {
		TestDatabase.clear(this.jdbc);
		this.today = LocalDate.now(this.clock);
		this.ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		for (int i = 1; i <= 7; i++) {
			this.ledger.customer("C-" + i, "Customer " + i);
		}
		overdue("INV-10", "C-1", "1000.00", 40);
		overdue("INV-11", "C-1", "500.00", 10);
		overdue("INV-20", "C-2", "3000.00", 5);
		overdue("INV-30", "C-3", "2000.00", 60);
		overdue("INV-40", "C-4", "800.00", 30);
		overdue("INV-50", "C-5", "100.00", 3);
		overdue("INV-60", "C-6", "400.00", 15);
		overdue("INV-70", "C-7", "600.00", 20);
		this.ledger.invoice("INV-12", "C-1", "EUR", "700.00", this.today.minusDays(5), this.today.plusDays(25));
		Instant now = this.clock.instant();
		this.ledger.pay("INV-11", "200.00", now);
		this.ledger.pay("INV-70", "600.00", now);
		brokenPromise("C-2", "1000.00", 20);
		this.ledger.unplaced("2000.00", "EUR", "Unknown Payer", null, "C-3", now);
		this.disputes.record("C-4", "INV-40", null, "damaged", "two pallets arrived broken", "m.weber");
		this.holds.set("C-5", "talks with their new owner", null, "m.weber");
		this.promises.record("C-6", "EUR", new BigDecimal("400.00"), this.today.plusDays(5), "said on the phone",
				"m.weber");
		statementIngested(now);
	}

	@Test
	void ranksByAmountTimesDaysOverdueAndBlockedRowsFollowWithTheirReasons() {
		WorklistReport report = this.worklist.today();

		assertThat(report.stale()).isFalse();
		assertThat(report.rows()).extracting(WorklistRow::customerId, WorklistRow::score, WorklistRow::blocked)
			.containsExactly(
					// (1000 × 40 + 300 × 10) / 30
					tuple("C-1", new BigDecimal("1433.33"), false),
					// 3000 × 5 / 30 × (1 + 0.5 × 1 broken promise)
					tuple("C-2", new BigDecimal("750.00"), false),
					// paid today, nothing overdue left
					tuple("C-7", new BigDecimal("0.00"), false),
					// 2000 × 60 / 30, but a payment naming it is being applied
					tuple("C-3", new BigDecimal("4000.00"), true),
					// 400 × 15 / 30, an open promise
					tuple("C-6", new BigDecimal("200.00"), true),
					// 100 × 3 / 30, on hold
					tuple("C-5", new BigDecimal("10.00"), true),
					// all of it disputed
					tuple("C-4", new BigDecimal("0.00"), true));
		assertThat(row(report, "C-3").blocks()).extracting(WorklistRow.Block::code)
			.containsExactly("payment_being_applied");
		assertThat(row(report, "C-3").blocks().get(0).detail())
			.startsWith("payment received, being applied — do not chase: EUR 2000.00 from Unknown Payer");
		assertThat(row(report, "C-4").blocks()).extracting(WorklistRow.Block::code).containsExactly("disputed");
		assertThat(row(report, "C-5").blocks().get(0).detail()).contains("talks with their new owner");
		assertThat(row(report, "C-6").blocks().get(0).code()).isEqualTo("promise");
	}

	@Test
	void eachRowSaysWhyItIsThereAndWhatWasPaidToday() {
		WorklistReport report = this.worklist.today();

		WorklistRow muller = row(report, "C-1");
		assertThat(muller.overdue()).isEqualByComparingTo("1300.00");
		assertThat(muller.overdueInvoices()).isEqualTo(2);
		assertThat(muller.oldestDaysPastDue()).isEqualTo(40);
		assertThat(muller.invoiceNumbers()).containsExactly("INV-10", "INV-11");
		assertThat(muller.reasons()).contains("EUR 1300.00 overdue on 2 invoices, the oldest 40 days past due");
		assertThat(muller.paidToday()).extracting(WorklistRow.PaidToday::invoiceNumber, WorklistRow.PaidToday::status)
			.containsExactly(tuple("INV-11", "partially_paid"));
		assertThat(row(report, "C-7").paidToday()).extracting(WorklistRow.PaidToday::status).containsExactly("paid");
		assertThat(row(report, "C-2").brokenPromises()).isEqualTo(1);
		assertThat(row(report, "C-2").reasons()).contains("1 broken promise raise the score");
	}

	@Test
	void aDisputedPartLeavesThePriorityAndTheRestIsStillChased() {
		this.disputes.record("C-1", "INV-10", new BigDecimal("600.00"), "pricing", null, "m.weber");

		WorklistRow muller = row(this.worklist.today(), "C-1");

		// (400 × 40 + 300 × 10) / 30
		assertThat(muller.score()).isEqualByComparingTo("633.33");
		assertThat(muller.disputed()).isEqualByComparingTo("600.00");
		assertThat(muller.blocked()).isFalse();
	}

	@Test
	void staleStatementsBlockEveryRowSoNobodyChasesMoneyThatMayHaveArrived() {
		statementIngested(this.clock.instant().minus(Duration.ofDays(3)));

		WorklistReport report = this.worklist.today();

		assertThat(report.stale()).isTrue();
		assertThat(report.rows()).allSatisfy((row) -> {
			assertThat(row.blocked()).isTrue();
			assertThat(row.blocks()).extracting(WorklistRow.Block::code).contains("stale_data");
		});
	}

	@Test
	void aReleasedHoldNoLongerBlocks() {
		Hold hold = this.holds.active("C-5").get(0);
		this.holds.release(hold.holdId(), "m.weber");

		assertThat(row(this.worklist.today(), "C-5").blocked()).isFalse();
	}

	private void overdue(String number, String customer, String amount, int daysPastDue) {
		this.ledger.invoice(number, customer, "EUR", amount, this.today.minusDays(daysPastDue + 30),
				this.today.minusDays(daysPastDue));
	}

	/** A promise made a month ago for a date 20 days back, nothing paid since. */
	private void brokenPromise(String customer, String amount, int daysAgo) {
		this.jdbc.sql("""
				insert into payment_promise (customer_id, currency, amount, promised_date, created_by, created_at)
				values (:customer, 'EUR', :amount, :date, 'm.weber', :at)
				""")
			.param("customer", customer)
			.param("amount", new BigDecimal(amount))
			.param("date", this.today.minusDays(daysAgo))
			.param("at", Timestamp.from(this.clock.instant().minus(Duration.ofDays(daysAgo + 10))))
			.update();
	}

	private void statementIngested(Instant at) {
		this.jdbc.sql("update statement_file set received_at = :at, ingested_at = :at")
			.param("at", Timestamp.from(at))
			.update();
	}

	private static WorklistRow row(WorklistReport report, String customer) {
		return report.rows().stream().filter((r) -> r.customerId().equals(customer)).findFirst().orElseThrow();
	}

}
