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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contracts remittance advices extend: {@code files} shows what became of an advice
 * file's advices, {@code export advices} lists them, {@code inspect} reads an advice file
 * without a database.
 */
@CashpostIntegrationTest
class RemittanceAdviceContractsIntegrationTests {

	private static final Path SAMPLE = Path.of("sample-files/remittance-advice/advices-2026-11-27.csv");

	@Autowired
	CommandDispatcher commands;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void advices() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(Path.of("sample-files/invoices.csv"));
		this.pipeline.ingest(SAMPLE);
	}

	@Test
	void filesShowsWhatBecameOfTheAdvices() {
		assertThat(run("files")).isZero();
		assertThat(output()).contains("remittance-advice")
			.contains("advices-2026-11-27.csv - 2 advices (3 lines): 0 linked, 2 waiting");
	}

	@Test
	void exportAdvicesListsEveryAdviceWithItsStatus() {
		assertThat(run("export", "advices")).isZero();
		List<String> lines = output().lines().toList();
		assertThat(lines.get(0)).isEqualTo("file,advice_id,payer_name,payer_account,payment_reference,end_to_end_id,"
				+ "payment_date,currency,amount,lines,status,linked_by,outcome,detail,bank_transaction_id,first_line");
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).startsWith("advices-2026-11-27.csv,RA-88121,Van der Berg Logistiek B.V.,"
				+ "NL91ABNA0417164300,,E2E-VDB-1127,2026-11-20,EUR,5900.50,2,waiting,");
		assertThat(lines.get(2)).contains(",RA-88122,").contains(",2099.99,1,waiting,");
	}

	@Test
	void inspectReadsAnAdviceFileWithoutTheDatabase() {
		InspectCommand inspect = new InspectCommand(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
		assertThat(inspect.run(List.of("--transactions", SAMPLE.toString()))).isZero();
		assertThat(output())
			.startsWith("{\"file\":\"" + SAMPLE + "\",\"format\":\"remittance-advice\",\"advices\":2,"
					+ "\"lines\":3,\"totals\":{\"EUR\":\"8000.49\"}")
			.contains(
					"\"invoice_number\":\"INV-2026-1006\",\"paid_amount\":\"2099.99\",\"deduction_amount\":\"100.00\","
							+ "\"deduction_reason_code\":\"DMGD\"");
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private int run(String command, String... args) {
		return this.commands.dispatch(command, List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
