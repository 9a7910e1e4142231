package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.CamtStatementBuilder;
import io.cashpost.job.StatementPipeline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CashpostIntegrationTest
class ExportCommandIntegrationTests {

	@Autowired
	ExportCommand export;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void postOnePaymentAndReferOne() throws IOException {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(Files.writeString(this.dir.resolve("invoices.csv"), """
				invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,payment_reference
				INV-A,C-1,"Hoffmann & Co. KG",EUR,1000.00,2026-10-01,2026-10-31,RF18539007547034
				INV-B,C-1,"Hoffmann & Co. KG",EUR,250.00,2026-11-01,2099-12-01,
				"""));
		Path statement = CamtStatementBuilder.statement("STMT-X")
			.creditWithReference("B1", "1000.00", "Hoffmann &amp; Co. KG", "RF18539007547034")
			.creditWithText("B2", "99.00", "Someone, Else", "Miete")
			.writeTo(this.dir, "stmt.xml");
		assertThat(this.pipeline.ingest(statement).processed()).isTrue();
	}

	@Test
	void allocationsHaveTheContractColumnsFirstAndOneRowPerInvoice() {
		List<String> lines = export("allocations");
		assertThat(lines.get(0)).startsWith(
				"file,entry_ref,end_to_end_id,invoice_number,customer_id,currency,applied_amount,discount_amount,write_off_amount,rule,confidence,posted_at");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1))
			.startsWith("stmt.xml,B1-1,E2E-B1,INV-A,C-1,EUR,1000.00,0.00,0.00,creditor_reference,1,");
		assertThat(lines.get(0)).as("added at the end")
			.endsWith(",reason_code,status,evidence,deduction_amount,deduction_reason,credit_note_amount");
		assertThat(lines.get(1)).endsWith(",0.00,,0.00");
	}

	@Test
	void exceptionsCarryTheReasonAndQuoteWhatNeedsQuoting() {
		List<String> lines = export("exceptions");
		assertThat(lines.get(0))
			.startsWith("file,entry_ref,end_to_end_id,currency,amount,debtor_name,reason,suggestions");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("stmt.xml,B2-1,E2E-B2,EUR,99.00,\"Someone, Else\",unknown_payer,");
	}

	@Test
	void balancesShowOpenOverdueAndCreditPerCustomer() throws IOException {
		Path out = this.dir.resolve("reports/balances.csv");
		assertThat(this.export.run(List.of("balances", "--out", out.toString()), System.out, System.err)).isZero();
		assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
				"customer_id,customer_name,currency,open_amount,overdue_amount,unapplied_credit",
				"C-1,Hoffmann & Co. KG,EUR,250.00,0.00,0.00");
	}

	@Test
	void anUnknownReportIsBadUsage() {
		assertThatThrownBy(() -> export("invoices")).isInstanceOf(UsageException.class);
	}

	private List<String> export(String report) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = this.export.run(List.of(report), new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		return bytes.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
