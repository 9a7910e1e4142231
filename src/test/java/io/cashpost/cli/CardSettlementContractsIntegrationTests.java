package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts card settlements extend: {@code export settlements}, card rows in
 * {@code export allocations} and {@code export exceptions}, the clearing in
 * {@code verify-ledger}.
 */
@CashpostIntegrationTest
class CardSettlementContractsIntegrationTests {

	private static final Path SETTLEMENT = Path.of("sample-files/settlement");

	@Autowired
	CommandDispatcher commands;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void reportAndPayout() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(Path.of("sample-files/invoices.csv"));
		this.pipeline.ingest(SETTLEMENT.resolve("1-adyen-settlement-details-batch-412.csv"));
		this.pipeline.ingest(SETTLEMENT.resolve("3-bank-payouts-2026-11-27.camt053.001.02.xml"));
	}

	@Test
	void settlementsHaveExactlyTheContractColumns() {
		assertThat(run("export", "settlements")).isZero();
		assertThat(output()).isEqualTo("""
				file,acquirer,batch_id,currency,gross_amount,fee_amount,net_amount,payout_reference,payout_date,\
				bank_entry_ref,status
				1-adyen-settlement-details-batch-412.csv,adyen,412,EUR,11610.65,71.27,11539.38,\
				"TX9926084112XT batch 412, CashpostDemoEUR",2026-11-25,SGF261127000014,paid
				""");
	}

	@Test
	void aCardSaleIsAnAllocationRowNamingTheAcquirersReferenceAndTheReport() {
		assertThat(run("export", "allocations")).isZero();
		List<String> rows = output().lines().filter((line) -> line.contains("1-adyen")).toList();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).startsWith("1-adyen-settlement-details-batch-412.csv,8816281505278071,8816281505278071,"
				+ "INV-2026-1027,C-1007,CHF,890.00,");
		assertThat(rows.get(1)).startsWith("1-adyen-settlement-details-batch-412.csv,8816281505312456,8816281505312456,"
				+ "INV-2026-1017,C-1007,CHF,9950.00,");
		assertThat(rows).allSatisfy((row) -> assertThat(row).contains(",posted,"));
	}

	@Test
	void aCardSaleNobodyCouldPlaceIsAnExceptionRowOfItsReport() {
		assertThat(run("export", "exceptions")).isZero();
		assertThat(output().lines().filter((line) -> line.startsWith("1-adyen")).toList()).singleElement()
			.satisfies((row) -> assertThat(row)
				.startsWith("1-adyen-settlement-details-batch-412.csv,4816281505533019,4816281505533019,EUR,89.90,,"
						+ "unknown_payer,"));
	}

	@Test
	void verifyLedgerChecksTheAcquirersClearing() {
		assertThat(run("verify-ledger")).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(output()).contains("  card clearing 1361:adyen EUR: 0.00 = report rows 11539.38 - payouts 11539.38; "
				+ "0 batches awaiting payout (0.00)");

		// A fee the journal lost: the clearing no longer holds what the report says.
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("""
					delete from journal_line where account_code = '6856:other'
					   or (account_code = '1361:adyen' and credit = 1.85)
					""").update();
		});
		this.out.reset();
		assertThat(run("verify-ledger")).isOne();
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("cashpost verify-ledger: card clearing 1361:adyen EUR: the balance is 1.85, but the report "
					+ "rows add up to 11539.38 and 11539.38 was paid out: 0.00 expected");
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private int run(String command, String... args) {
		return this.commands.dispatch(command, List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
