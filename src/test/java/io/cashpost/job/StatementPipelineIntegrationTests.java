package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class StatementPipelineIntegrationTests {

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void invoices() throws IOException {
		TestDatabase.clear(this.jdbc);
		Path csv = Files.writeString(this.dir.resolve("invoices.csv"),
				"""
						invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,customer_iban,payment_reference
						INV-1001,C-1,Müller Maschinenbau GmbH,EUR,1000.00,2026-10-01,2026-10-31,DE89370400440532013000,RF18539007547034
						INV-1002,C-2,Van der Berg Logistiek B.V.,EUR,500.00,2026-10-05,2026-11-04,,
						INV-1003,C-1,Müller Maschinenbau GmbH,EUR,1000.00,2026-11-01,2026-12-01,,RF712348231
						INV-1004,C-3,Alpine Werkzeuge AG,CHF,300.00,2026-11-01,2026-12-01,,RF62INVD
						""");
		this.invoiceImport.importFile(csv);
	}

	@Test
	void postsWhatIsCertainReducesOpenAmountsAndQueuesTheRest() {
		Path file = CamtStatementBuilder.statement("STMT-1")
			.creditWithReference("B1", "1000.00", "Müller Maschinenbau GmbH", "RF18 5390 0754 7034")
			.creditWithText("B2", "500.00", "Van der Berg Logistiek", "Factuur INV-1002 dank u")
			.creditWithReference("B3", "800.00", "Müller Maschinenbau GmbH", "RF712348231")
			.creditWithReference("B4", "300.00", "Alpine Werkzeuge AG", "RF62INVD")
			.creditWithText("B5", "77.00", "Unbekannt", "Miete")
			.debit("B6", "12.50", "Kontofuehrung")
			.writeTo(this.dir, "stmt-1.xml");

		FileOutcome outcome = this.pipeline.ingest(file);

		assertThat(outcome.processed()).isTrue();
		assertThat(outcome.entries()).isEqualTo(6);
		assertThat(outcome.posted()).as(outcome.summaryLine()).isEqualTo(3);
		assertThat(outcome.postedAmount()).containsEntry("EUR", new BigDecimal("2300.00"));
		assertThat(outcome.partial()).isEqualTo(1);
		assertThat(outcome.exceptions()).containsEntry("currency_mismatch", 1).containsEntry("unknown_payer", 1);
		assertThat(outcome.notReceivable()).isEqualTo(1);
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1002")).isEqualByComparingTo("0");
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("200.00");
		assertThat(openAmount("INV-1004")).isEqualByComparingTo("300.00");
		assertThat(this.jdbc.sql("select count(*) from allocation").query(Integer.class).single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from journal_line")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0");
		// Cash is cash: what could not be placed is in the ledger too, held in suspense.
		assertThat(this.jdbc.sql("select sum(debit) from journal_line where account_code like '1200:%'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("2677.00");
		assertThat(this.jdbc.sql("select sum(credit) from journal_line where account_code = '1590'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("377.00");
	}

	@Test
	void theSameFileTwiceIsRefusedAndNothingIsPostedTwice() {
		Path file = CamtStatementBuilder.statement("STMT-2")
			.creditWithReference("B1", "1000.00", "Müller Maschinenbau GmbH", "RF18539007547034")
			.writeTo(this.dir, "stmt-2.xml");
		assertThat(this.pipeline.ingest(file).posted()).isEqualTo(1);

		FileOutcome again = this.pipeline.ingest(file);

		assertThat(again.processed()).isFalse();
		assertThat(again.status()).isEqualTo("refused");
		assertThat(again.reason()).contains("stmt-2.xml").contains("same bytes were already received");
		assertThat(this.jdbc.sql("select count(*) from journal_entry").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from bank_transaction").query(Integer.class).single()).isEqualTo(1);
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("0");
	}

	@Test
	void theSameStatementInAnotherFileIsQueuedAsDuplicateNotPostedAgain() throws IOException {
		Path first = CamtStatementBuilder.statement("STMT-3")
			.creditWithReference("B1", "600.00", "Müller Maschinenbau GmbH", "RF712348231")
			.writeTo(this.dir, "stmt-3.xml");
		Path resent = Files.writeString(this.dir.resolve("stmt-3-resent.xml"), Files.readString(first) + "\n");
		this.pipeline.ingest(first);

		FileOutcome outcome = this.pipeline.ingest(resent);

		assertThat(outcome.processed()).isTrue();
		assertThat(outcome.posted()).isZero();
		assertThat(outcome.exceptions()).containsEntry("duplicate", 1);
		assertThat(openAmount("INV-1003")).isEqualByComparingTo("400.00");
	}

	@Test
	void aStatementThatDoesNotAddUpIsQuarantinedAndNothingOfItIsPosted() {
		Path file = CamtStatementBuilder.statement("STMT-4")
			.creditWithReference("B1", "1000.00", "Müller Maschinenbau GmbH", "RF18539007547034")
			.creditWithText("B2", "500.00", "Van der Berg Logistiek", "INV-1002")
			.closingBalanceOffBy("0.01")
			.writeTo(this.dir, "stmt-4.xml");

		FileOutcome outcome = this.pipeline.ingest(file);

		assertThat(outcome.processed()).isFalse();
		assertThat(outcome.status()).isEqualTo("quarantined");
		assertThat(outcome.reason()).startsWith("stmt-4.xml").contains("STMT-4").contains("does not add up");
		assertThat(this.jdbc.sql("select status from statement_file").query(String.class).single())
			.isEqualTo("quarantined");
		assertThat(this.jdbc.sql("select count(*) from bank_transaction").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from journal_entry").query(Integer.class).single()).isZero();
		assertThat(openAmount("INV-1001")).isEqualByComparingTo("1000.00");
	}

	@Test
	void malformedXmlIsQuarantinedWithTheFileNamed() throws IOException {
		Path file = Files.writeString(this.dir.resolve("broken.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>X</Id>
				""");

		FileOutcome outcome = this.pipeline.ingest(file);

		assertThat(outcome.status()).isEqualTo("quarantined");
		assertThat(outcome.reason()).startsWith("broken.xml");
		assertThat(this.jdbc.sql("select reason from statement_file").query(String.class).single())
			.isEqualTo(outcome.reason());
	}

	private BigDecimal openAmount(String invoiceNumber) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :number")
			.param("number", invoiceNumber)
			.query(BigDecimal.class)
			.single();
	}

}
