package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Disputes from posting (once per invoice and source, with the posting's transaction) and
 * from collectors.
 */
@CashpostIntegrationTest
class DisputesIntegrationTests {

	@Autowired
	Disputes disputes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	long invoiceId;

	@BeforeEach
	void invoice() {
		TestDatabase.clear(this.jdbc);
		LedgerWriter ledger = new LedgerWriter(this.jdbc, this.clock.getZone(), this.transactionManager);
		ledger.customer("C-1", "Müller");
		LocalDate today = LocalDate.now(this.clock);
		this.invoiceId = ledger.invoice("INV-1", "C-1", "EUR", "1000.00", today.minusDays(40), today.minusDays(10));
		ledger.invoice("INV-2", "C-1", "EUR", "300.00", today.minusDays(40), today.minusDays(10));
	}

	@Test
	void aChunkWrittenTwiceOpensItsDisputeOnce() {
		TransactionTemplate posting = new TransactionTemplate(this.transactionManager);
		Long first = posting.execute((status) -> this.disputes.open(this.invoiceId, Money.of("120.00", "EUR"),
				"short_shipment", "deducted on the remittance", "remittance:S1-7"));
		Long second = posting.execute((status) -> this.disputes.open(this.invoiceId, Money.of("120.00", "EUR"),
				"short_shipment", "deducted on the remittance", "remittance:S1-7"));

		assertThat(second).isEqualTo(first);
		Dispute dispute = this.disputes.find(first);
		assertThat(dispute.invoiceNumber()).isEqualTo("INV-1");
		assertThat(dispute.amount()).isEqualByComparingTo("120.00");
		assertThat(dispute.openedBy()).isEqualTo("cashpost");
		assertThat(dispute.status()).isEqualTo("open");
	}

	@Test
	void aDisputeRollsBackWithThePostingItBelongsTo() {
		TransactionTemplate posting = new TransactionTemplate(this.transactionManager);
		posting.executeWithoutResult((status) -> {
			this.disputes.open(this.invoiceId, Money.of("120.00", "EUR"), "short_shipment", null, "remittance:S1-8");
			status.setRollbackOnly();
		});

		assertThat(this.disputes.list(null, null, 0, 10)).isEmpty();
	}

	@Test
	void manyAtOnceAllOrNothing() {
		long other = this.jdbc.sql("select invoice_id from invoice where invoice_number = 'INV-2'")
			.query(Long.class)
			.single();
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.openAll(
					List.of(new NewDispute(this.invoiceId, Money.of("10.00", "EUR"), "pricing", null, "remittance:A"),
							new NewDispute(other, Money.of("10.00", "USD"), "pricing", null, "remittance:A"))))
			.withMessageContaining("INV-2 is in EUR, the dispute in USD");
		assertThat(this.disputes.list(null, null, 0, 10)).isEmpty();

		this.disputes
			.openAll(List.of(new NewDispute(this.invoiceId, Money.of("10.00", "EUR"), "pricing", null, "remittance:A"),
					new NewDispute(other, Money.of("20.00", "EUR"), "pricing", null, "remittance:A")));
		assertThat(this.disputes.list("C-1", "open", 0, 10)).extracting(Dispute::invoiceNumber)
			.containsExactly("INV-1", "INV-2");
	}

	@Test
	void amountsBeyondTheInvoiceAndUnknownInvoicesAreRefused() {
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.open(this.invoiceId, Money.of("1000.01", "EUR"), "pricing", null, "x"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ActionRefusedException.Kind.INVALID));
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.open(424242, Money.of("1.00", "EUR"), "pricing", null, "x"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ActionRefusedException.Kind.NOT_FOUND));
	}

	@Test
	void aCollectorsDisputeIsOnePerInvoiceUntilResolved() {
		Dispute dispute = this.disputes.record("C-1", "INV-1", null, "damaged", "broken pallets", "m.weber");
		assertThat(dispute.amount()).isEqualByComparingTo("1000.00");
		assertThat(dispute.openedBy()).isEqualTo("m.weber");
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.record("C-1", "INV-1", new BigDecimal("5"), "pricing", null, "a.b"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(ActionRefusedException.Kind.CONFLICT));

		Dispute resolved = this.disputes.resolve(dispute.disputeId(), "credit note CN-17 issued", "m.weber");
		assertThat(resolved.status()).isEqualTo("resolved");
		assertThat(resolved.resolvedBy()).isEqualTo("m.weber");
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.resolve(dispute.disputeId(), "again", "m.weber"));
		assertThat(this.disputes.record("C-1", "INV-1", new BigDecimal("5"), "pricing", null, "a.b").status())
			.isEqualTo("open");
	}

	@Test
	void anInvoiceOfAnotherCustomerIsNotFound() {
		this.jdbc.sql("insert into customer (customer_id, name) values ('C-2', 'Other')").update();
		assertThatExceptionOfType(ActionRefusedException.class)
			.isThrownBy(() -> this.disputes.record("C-2", "INV-1", null, "damaged", null, "m.weber"))
			.withMessage("customer C-2 has no invoice INV-1");
	}

}
