package io.cashpost.job;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three-way reconciliation end to end: invoices, an acquirer's settlement report, and the
 * bank statement that carries its payout.
 */
@CashpostIntegrationTest
class CardSettlementIntegrationTests {

	static final Path SAMPLES = Path.of("sample-files");

	static final Path ADYEN = SAMPLES.resolve("settlement/1-adyen-settlement-details-batch-412.csv");

	static final Path STRIPE = SAMPLES.resolve("settlement/2-stripe-payout-reconciliation-2026-11-26.csv");

	static final Path BANK = SAMPLES.resolve("settlement/3-bank-payouts-2026-11-27.camt053.001.02.xml");

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void invoices() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(SAMPLES.resolve("invoices.csv"));
	}

	@Test
	void adyenReportThenItsPayoutOnTheBank() {
		FileOutcome report = this.pipeline.ingest(ADYEN);
		assertThat(report.processed()).as(report.summaryLine()).isTrue();

		// Both card sales settle their CHF invoices at gross; the unknown web order
		// waits.
		assertThat(openAmount("INV-2026-1027")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-2026-1017")).isEqualByComparingTo("0");
		assertThat(this.jdbc.sql("select reason from exception_item").query(String.class).list())
			.containsExactly("unknown_payer");
		// Fees by kind, out of the clearing, to the cent.
		assertThat(balance("6856:markup", "EUR")).isEqualByComparingTo("23.04");
		assertThat(balance("6856:scheme", "EUR")).isEqualByComparingTo("11.52");
		assertThat(balance("6856:interchange", "EUR")).isEqualByComparingTo("34.57");
		assertThat(balance("6856:commission", "EUR")).isEqualByComparingTo("0.29");
		assertThat(balance("6856:other", "EUR")).isEqualByComparingTo("1.85");
		// The CHF sales were converted into EUR: the CHF clearing is square, the EUR one
		// holds the batch's net until the payout.
		assertThat(balance("1361:adyen", "CHF")).isEqualByComparingTo("0");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("11539.38");
		assertThat(batchStatus("412")).isEqualTo("awaiting_payout");

		FileOutcome bank = this.pipeline.ingest(BANK);
		assertThat(bank.processed()).as(bank.summaryLine()).isTrue();

		assertThat(batchStatus("412")).isEqualTo("paid");
		assertThat(balance("1361:adyen", "EUR")).isEqualByComparingTo("0");
		Map<String, Object> paidBy = this.jdbc.sql("""
				select t.entry_ref, t.amount from settlement_batch b
				  join bank_transaction t on t.transaction_id = b.bank_transaction_id
				 where b.batch_ref = '412'
				""").query().singleRow();
		assertThat(paidBy.get("entry_ref")).isEqualTo("SGF261127000014");
		assertThat(balance("1200:DE75512108001245126199", "EUR")).isEqualByComparingTo("19307.98");
	}

	private BigDecimal openAmount(String invoice) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :n")
			.param("n", invoice)
			.query(BigDecimal.class)
			.single();
	}

	private String batchStatus(String batch) {
		return this.jdbc.sql("select status from settlement_batch where batch_ref = :b")
			.param("b", batch)
			.query(String.class)
			.single();
	}

	/** Debits less credits on the account (with its sub-account) in the currency. */
	private BigDecimal balance(String account, String currency) {
		return this.jdbc.sql("""
				select coalesce(sum(l.debit) - sum(l.credit), 0)
				  from journal_line l join journal_entry e on e.journal_entry_id = l.journal_entry_id
				 where l.account_code = :account and e.currency = :currency
				""").param("account", account).param("currency", currency).query(BigDecimal.class).single();
	}

}
