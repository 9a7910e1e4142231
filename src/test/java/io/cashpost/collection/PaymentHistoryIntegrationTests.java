package io.cashpost.collection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A customer's payment history: bank receipts, card sales from a settlement report, and
 * reversals, newest first, paged by position.
 */
@CashpostIntegrationTest
class PaymentHistoryIntegrationTests {

	@Autowired
	PaymentHistory history;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	Instant start;

	@BeforeEach
	void payments() {
		TestDatabase.clear(this.jdbc);
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		LocalDate today = LocalDate.now(this.clock);
		ledger.customer("C-1", "Müller");
		ledger.invoice("INV-1", "C-1", "EUR", "100.00", today.minusDays(30), today);
		ledger.invoice("INV-2", "C-1", "EUR", "80.00", today.minusDays(30), today);
		this.start = this.clock.instant().minus(Duration.ofHours(3));
		long returned = ledger.pay("INV-1", "100.00", this.start);
		ledger.reverse(returned, this.start.plus(Duration.ofHours(1)));
		long cardSale = ledger.pay("INV-2", "80.00", this.start.plus(Duration.ofHours(2)));
		cardSaleOfAdyen(cardSale);
	}

	@Test
	void newestFirstWithWhereTheMoneyCameFrom() {
		List<PaymentEvent> events = this.history.of("C-1", null, 10);

		assertThat(events)
			.extracting(PaymentEvent::kind, PaymentEvent::invoiceNumber, PaymentEvent::source, PaymentEvent::reference)
			.containsExactly(tuple("allocation", "INV-2", "card:adyen", "PSP-8815"),
					tuple("reversal", "INV-1", "bank", "REF-1"), tuple("allocation", "INV-1", "bank", "REF-1"));
		assertThat(events.get(1).amount()).isEqualByComparingTo("-100.00");
		assertThat(events.get(2).status()).isEqualTo("reversed");
	}

	@Test
	void pagesContinueAfterTheLastPosition() {
		List<PaymentEvent> first = this.history.of("C-1", null, 2);
		List<PaymentEvent> rest = this.history.of("C-1", first.get(1).position(), 2);

		assertThat(first).hasSize(2);
		assertThat(rest).extracting(PaymentEvent::kind).containsExactly("allocation");
		assertThat(rest.get(0).invoiceNumber()).isEqualTo("INV-1");
	}

	@Test
	void anUnknownCustomerIsNotFound() {
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.history.of("C-404", null, 10))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ActionRefusedException.Kind.NOT_FOUND));
	}

	/** Makes the receipt's bank transaction a card sale of an Adyen settlement batch. */
	private void cardSaleOfAdyen(long entryId) {
		long transaction = this.jdbc.sql("select bank_transaction_id from journal_entry where journal_entry_id = :id")
			.param("id", entryId)
			.query(Long.class)
			.single();
		long file = this.jdbc.sql("select file_id from bank_transaction where transaction_id = :id")
			.param("id", transaction)
			.query(Long.class)
			.single();
		long batch = this.jdbc
			.sql("""
					insert into settlement_batch (file_id, acquirer, batch_ref, currency, row_count, gross_amount, fee_amount,
					                              net_amount, payout_amount, created_at)
					values (:file, 'adyen', '412', 'EUR', 1, 80, 1.2, 78.8, 78.8, now())
					returning settlement_batch_id
					""")
			.param("file", file)
			.query(Long.class)
			.single();
		long card = this.jdbc
			.sql("""
					insert into card_transaction (file_id, settlement_batch_id, row_index, line, own_key, acquirer, kind,
					                              record_type, payment_reference, gross_currency, gross_amount, currency,
					                              net_amount)
					values (:file, :batch, 1, 2, 'adyen|PSP-8815|Settled', 'adyen', 'sale', 'Settled', 'PSP-8815', 'EUR', 80,
					        'EUR', 78.8)
					returning card_transaction_id
					""")
			.param("file", file)
			.param("batch", batch)
			.query(Long.class)
			.single();
		this.jdbc.sql("update bank_transaction set card_transaction_id = :card where transaction_id = :id")
			.param("card", card)
			.param("id", transaction)
			.update();
	}

}
