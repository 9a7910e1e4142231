package io.cashpost.collection;

import java.time.Clock;
import java.time.LocalDate;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key figures against a ledger small enough to work out by hand. November 2025, EUR:
 *
 * <pre>
 * INV-1  1000  issued 10-01 due 10-31   paid 400 on 10-20, 600 on 11-10
 * INV-2  2000  issued 10-15 due 11-14   unpaid
 * INV-3  3000  issued 11-05 due 12-05   paid 1000 on 11-25
 * INV-4  1500  issued 11-20 due 12-20   unpaid
 * INV-5   500  issued 09-01 due 10-01   paid 500 on 11-12, returned (reversed) on 11-18
 * INV-6   800  issued 12-02 due 12-31   (after the period: not in it)
 *
 * Beginning receivables (end of 10-31): INV-1 600 + INV-2 2000 + INV-5 500    = 3100
 * Credit sales of November: INV-3 3000 + INV-4 1500                            = 4500
 * Ending receivables (end of 11-30): INV-2 2000 + INV-3 2000 + INV-4 1500 + INV-5 500 = 6000
 * Ending current (not yet due on 11-30): INV-3 2000 + INV-4 1500               = 3500
 * Days: 30
 *
 * DSO              = 6000 × 30 / 4500                          = 40.0
 * Best possible    = 3500 × 30 / 4500 = 23.33                  = 23.3
 * ADD              = 40.0 − 23.3                               = 16.7
 * CEI              = (3100 + 4500 − 6000) / (3100 + 4500 − 3500) × 100
 *                  = 1600 / 4100 × 100 = 39.02                 = 39.0
 * Percent current  = 3500 / 6000 × 100 = 58.33                 = 58.3
 * Count-back DSO   : 6000 − sales of (10-30, 11-30] 4500 = 1500 left, 31 days;
 *                    sales of (09-30, 10-30] are 3000 (INV-1, INV-2): 30 × 1500 / 3000 = 15 days
 *                    = 46.0
 *
 * Receipts decided in November: three posted by matching (11-10, 11-12, 11-25) and two
 * referred to the queue (11-03, closed 11-08; 11-22, still open): auto-match rate
 * 3 / 5 = 60.0 %; at the end of 11-30 one exception is open, 8 days old.
 * </pre>
 */
@CashpostIntegrationTest
class KeyFiguresIntegrationTests {

	@Autowired
	KeyFigures keyFigures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@BeforeEach
	void smallLedger() {
		TestDatabase.clear(this.jdbc);
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.customer("C-1", "Müller").customer("C-2", "Van der Berg").customer("C-3", "Alpine");
		ledger.invoice("INV-1", "C-1", "EUR", "1000.00", day(10, 1), day(10, 31));
		ledger.invoice("INV-2", "C-1", "EUR", "2000.00", day(10, 15), day(11, 14));
		ledger.invoice("INV-3", "C-2", "EUR", "3000.00", day(11, 5), day(12, 5));
		ledger.invoice("INV-4", "C-2", "EUR", "1500.00", day(11, 20), day(12, 20));
		ledger.invoice("INV-5", "C-3", "EUR", "500.00", day(9, 1), day(10, 1));
		ledger.invoice("INV-6", "C-3", "EUR", "800.00", day(12, 2), day(12, 31));
		ledger.pay("INV-1", "400.00", ledger.noon(day(10, 20)));
		ledger.pay("INV-1", "600.00", ledger.noon(day(11, 10)));
		long returned = ledger.pay("INV-5", "500.00", ledger.noon(day(11, 12)));
		ledger.reverse(returned, ledger.noon(day(11, 18)));
		ledger.pay("INV-3", "1000.00", ledger.noon(day(11, 25)));
		long closed = ledger.unplaced("70.00", "EUR", "Unbekannt", null, null, ledger.noon(day(11, 3)));
		ledger.closed(closed, ledger.noon(day(11, 8)));
		ledger.unplaced("90.00", "EUR", "Unbekannt", null, null, ledger.noon(day(11, 22)));
	}

	@Test
	void periodFiguresMatchTheHandComputedOnes() {
		KeyFiguresReport report = this.keyFigures.report(day(11, 1), day(11, 30), 30);

		assertThat(report.currencies()).hasSize(1);
		PeriodFigures eur = report.currencies().get(0);
		assertThat(eur.currency()).isEqualTo("EUR");
		assertThat(eur.beginningReceivables()).isEqualByComparingTo("3100");
		assertThat(eur.creditSales()).isEqualByComparingTo("4500");
		assertThat(eur.endingReceivables()).isEqualByComparingTo("6000");
		assertThat(eur.endingCurrentReceivables()).isEqualByComparingTo("3500");
		assertThat(eur.days()).isEqualTo(30);
		assertThat(eur.dso()).isEqualByComparingTo("40.0");
		assertThat(eur.bestPossibleDso()).isEqualByComparingTo("23.3");
		assertThat(eur.averageDaysDelinquent()).isEqualByComparingTo("16.7");
		assertThat(eur.collectionEffectivenessIndex()).isEqualByComparingTo("39.0");
		assertThat(eur.percentCurrent()).isEqualByComparingTo("58.3");
		assertThat(eur.countBackDso()).isEqualByComparingTo("46.0");
	}

	@Test
	void matchingAndTheQueueAreCountedPerPeriodAndDay() {
		KeyFiguresReport report = this.keyFigures.report(day(11, 1), day(11, 30), 30);

		assertThat(report.autoMatched()).isEqualTo(3);
		assertThat(report.referred()).isEqualTo(2);
		assertThat(report.autoMatchRate()).isEqualByComparingTo("60.0");
		assertThat(report.exceptionsOpen()).isEqualTo(1);
		assertThat(report.oldestExceptionDays()).isEqualTo(8);
		assertThat(dayOf(report, day(11, 5)).exceptionsOpen()).isEqualTo(1);
		assertThat(dayOf(report, day(11, 8)).exceptionsOpen()).isZero();
		assertThat(dayOf(report, day(11, 10)).autoMatchRate()).isEqualByComparingTo("100.0");
		assertThat(dayOf(report, day(11, 11)).autoMatchRate()).isNull();
	}

	@Test
	void eachDayIsTheLedgerAsItStoodAtItsEnd() {
		KeyFiguresReport report = this.keyFigures.report(day(11, 1), day(11, 30), 30);

		assertThat(report.days()).hasSize(30);
		// 11-15: INV-1 paid, INV-5 paid (not yet returned), INV-2 overdue since 11-14
		DailyFigures midMonth = dayOf(report, day(11, 15));
		assertThat(midMonth.receivables()).isEqualByComparingTo("5000");
		assertThat(midMonth.currentReceivables()).isEqualByComparingTo("3000");
		// 11-18: INV-5 returned, open again
		assertThat(dayOf(report, day(11, 18)).receivables()).isEqualByComparingTo("5500");
		assertThat(dayOf(report, day(11, 20)).creditSales()).isEqualByComparingTo("1500");
		// the window of 11-30 is the period itself: the same figures
		DailyFigures last = dayOf(report, day(11, 30));
		assertThat(last.dso()).isEqualByComparingTo("40.0");
		assertThat(last.collectionEffectivenessIndex()).isEqualByComparingTo("39.0");
	}

	@Test
	void aPeriodEndingBeforeItsStartIsRefused() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.keyFigures.report(day(11, 30), day(11, 1), null))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ActionRefusedException.Kind.INVALID));
	}

	private static DailyFigures dayOf(KeyFiguresReport report, LocalDate day) {
		return report.days().stream().filter((d) -> d.date().equals(day)).findFirst().orElseThrow();
	}

	private static LocalDate day(int month, int day) {
		return LocalDate.of(2025, month, day);
	}

}
