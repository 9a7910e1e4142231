package io.cashpost.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A payer account that paid one customer's invoice by reference is that customer's from
 * then on: in the same run, whichever partition decides its next payment, and in every
 * later run; unless another customer is known to use it already, whose it stays. A
 * payment naming nothing, from a payer whose name is no customer's, is posted only when
 * the account tells whose it is.
 */
@CashpostIntegrationTest
class LearntPayerAccountJobTests {

	private static final String HOLDING_IBAN = "DE02 1203 0000 0000 2020 51";

	private static final String LEFEVRE_IBAN = "FR14 2004 1010 0505 0001 3M02 606";

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void invoices() throws IOException {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(Files.writeString(this.dir.resolve("invoices.csv"), """
				invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date
				INV-7001,C-MUSTER,Muster GmbH,EUR,500.00,2026-10-01,2026-10-31
				INV-7002,C-MUSTER,Muster GmbH,EUR,250.00,2026-10-05,2026-11-04
				INV-7003,C-BEISPIEL,Beispiel AG,EUR,300.00,2026-10-05,2026-11-04
				"""));
	}

	@Test
	void theNextDaysPaymentFromTheAccountIsPostedToTheCustomerItPaidFor() {
		FileOutcome first = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1120")
			.creditFromAccount("P1", "500.00", "Zentralkasse Holding", HOLDING_IBAN, "Invoice INV-7001")
			.writeTo(this.dir, "day-1.xml"));
		assertThat(first.posted()).isOne();
		assertThat(this.jdbc.sql("select customer_id || ' ' || source from customer_account where account = :account")
			.param("account", "DE02120300000000202051")
			.query(String.class)
			.list()).containsExactly("C-MUSTER confirmed_match");

		FileOutcome second = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1121")
			.creditFromAccount("P2", "250.00", "Zentralkasse Holding", HOLDING_IBAN, "Danke")
			.writeTo(this.dir, "day-2.xml"));

		assertThat(second.posted()).isOne();
		assertThat(settled()).containsExactly("INV-7001", "INV-7002");
	}

	@Test
	void aPaymentFromTheAccountInTheSameFileIsPostedWhicheverPartitionDecidesIt() {
		CamtStatementBuilder statement = CamtStatementBuilder.statement("STMT-1120")
			.creditFromAccount("P1", "500.00", "Zentralkasse Holding", HOLDING_IBAN, "Invoice INV-7001");
		for (int i = 0; i < 40; i++) {
			// strangers' payments, routed by their keys to every partition
			statement.creditWithText("S" + i, (10 + i) + ".00", "Stranger " + i, "Thanks");
		}
		statement.creditFromAccount("P2", "250.00", "Zentralkasse Holding", HOLDING_IBAN, "Danke");

		FileOutcome outcome = this.pipeline.ingest(statement.writeTo(this.dir, "day-1.xml"));

		assertThat(outcome.posted()).isEqualTo(2);
		assertThat(settled()).containsExactly("INV-7001", "INV-7002");
	}

	@Test
	void aThirdPartysPaymentByReferenceLeavesTheAccountWithItsCustomer() throws IOException {
		this.invoices.importFile(Files.writeString(this.dir.resolve("lefevre.csv"),
				"""
						invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,open_amount,discount_percent,discount_until,customer_iban
						INV-7101,C-LEFEVRE,Lefèvre & Fils SARL,EUR,720.00,2026-10-29,2026-11-28,,,,%s
						"""
					.formatted(LEFEVRE_IBAN)));
		FileOutcome first = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1120")
			.creditFromAccount("P1", "500.00", "Tresorerie Groupe LF", LEFEVRE_IBAN, "Invoice INV-7001")
			.writeTo(this.dir, "day-1.xml"));
		assertThat(first.posted()).isOne();
		assertThat(this.jdbc.sql("select customer_id || ' ' || source from customer_account where account = :account")
			.param("account", "FR1420041010050500013M02606")
			.query(String.class)
			.list()).containsExactly("C-LEFEVRE invoice_import");

		FileOutcome second = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1121")
			.creditFromAccount("P2", "720.00", "Tresorerie Groupe LF", LEFEVRE_IBAN, "Merci")
			.writeTo(this.dir, "day-2.xml"));

		assertThat(second.posted()).isOne();
		assertThat(settled()).containsExactly("INV-7001", "INV-7101");
	}

	private List<String> settled() {
		return this.jdbc.sql("select invoice_number from invoice where open_amount = 0 order by invoice_number")
			.query(String.class)
			.list();
	}

}
