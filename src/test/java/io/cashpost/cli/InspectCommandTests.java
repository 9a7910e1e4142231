package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InspectCommandTests {

	private static final String DEMO = "sample-files/camt053/demo-2026-11-20.camt053.001.08.xml";

	private static final String SMALL = "sample-files/camt053/small-2026-11-19.camt053.001.02.xml";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final InspectCommand command = new InspectCommand(print(this.out), print(this.err));

	@TempDir
	Path dir;

	@Test
	void printsOneSummaryLinePerFile() {
		int exit = this.command.run(List.of(DEMO, SMALL));
		assertThat(exit).isEqualTo(CashpostCommandLine.OK);
		List<String> lines = output().lines().toList();
		assertThat(lines).hasSize(2);
		JsonNode demo = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(demo.get("file").asString()).isEqualTo(DEMO);
		assertThat(demo.get("format").asString()).isEqualTo("camt.053.001.08");
		JsonNode statement = demo.get("statements").get(0);
		assertThat(statement.get("id").asString()).isEqualTo("1245126199-2026-11-20-225");
		assertThat(statement.get("account").asString()).isEqualTo("DE75512108001245126199");
		assertThat(statement.get("currency").asString()).isEqualTo("EUR");
		assertThat(statement.get("opening_balance").asString()).isEqualTo("47280.92");
		assertThat(statement.get("closing_balance").asString()).isEqualTo("103166.21");
		assertThat(statement.get("entries").asInt()).isEqualTo(25);
		assertThat(statement.get("transactions").asInt()).isEqualTo(25);
		assertThat(statement.get("credit_sum").asString()).isEqualTo("59780.19");
		assertThat(statement.get("debit_sum").asString()).isEqualTo("3894.90");
		assertThat(statement.get("balanced").asBoolean()).isTrue();
		assertThat(statement.has("transaction_details")).isFalse();
		assertThat(lines.get(1)).startsWith("{\"file\":\"" + SMALL + "\",\"format\":\"camt.053.001.02\"");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void aFileThatCannotBeReadGivesAnErrorLineAndTheOthersAreStillRead() throws IOException {
		Path broken = Files.writeString(this.dir.resolve("broken \"1\".xml"),
				"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><Stmt>");
		int exit = this.command.run(List.of(broken.toString(), "missing.xml", DEMO));
		assertThat(exit).isEqualTo(CashpostCommandLine.FAILED);
		List<String> lines = output().lines().toList();
		assertThat(lines).hasSize(3);
		JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(first.get("file").asString()).isEqualTo(broken.toString());
		assertThat(first.get("error").asString()).startsWith(broken + ", line 1: malformed XML");
		assertThat(lines.get(1)).isEqualTo("{\"file\":\"missing.xml\",\"error\":\"missing.xml: no such file\"}");
		assertThat(lines.get(2)).startsWith("{\"file\":\"" + DEMO + "\"");
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
	}

	@Test
	void printsEachBatchOfASettlementReport() {
		String adyen = "sample-files/settlement/1-adyen-settlement-details-batch-412.csv";
		int exit = this.command.run(List.of(adyen, DEMO));
		assertThat(exit).isEqualTo(CashpostCommandLine.OK);
		List<String> lines = output().lines().toList();
		JsonNode report = JsonMapper.builder().build().readTree(lines.get(0));
		assertThat(report.get("format").asString()).isEqualTo("adyen-settlement-details");
		assertThat(report.has("statements")).isFalse();
		JsonNode batch = report.get("batches").get(0);
		assertThat(batch.get("id").asString()).isEqualTo("412");
		assertThat(batch.get("acquirer").asString()).isEqualTo("adyen");
		assertThat(batch.get("currency").asString()).isEqualTo("EUR");
		assertThat(batch.get("gross").asString()).isEqualTo("11610.65");
		assertThat(batch.get("fees").asString()).isEqualTo("71.27");
		assertThat(batch.get("net").asString()).isEqualTo("11539.38");
		assertThat(batch.get("payout").asString()).isEqualTo("11539.38");
		assertThat(batch.get("balanced").asBoolean()).isTrue();
		assertThat(lines.get(1)).startsWith("{\"file\":\"" + DEMO + "\",\"format\":\"camt.053.001.08\"");
	}

	@Test
	void aSettlementBatchThatDoesNotAddUpIsShownWithTheDifference() throws IOException {
		Path report = Files.writeString(this.dir.resolve("adyen.csv"),
				"Merchant Account,Batch Number,Type,Modification Reference,Psp Reference,Gross Currency,"
						+ "Gross Credit (GC),Net Currency,Net Credit (NC),Net Debit (NC),Commission (NC)\n"
						+ "Shop,7,Settled,1,1,EUR,50.00,EUR,48.50,,1.50\n"
						+ "Shop,7,MerchantPayout,\"TX1XT batch 7, Shop\",,,,EUR,,50.00,\n");
		assertThat(this.command.run(List.of(report.toString()))).isEqualTo(CashpostCommandLine.OK);
		JsonNode batch = JsonMapper.builder().build().readTree(output().strip()).get("batches").get(0);
		assertThat(batch.get("balanced").asBoolean()).isFalse();
		assertThat(batch.get("refusal").asString()).isEqualTo("batch 7 (EUR) does not add up: the MerchantPayout "
				+ "pays out 50.00, the rows add up to 48.50 (difference -1.50)");
	}

	@Test
	void noFileIsBadUsage() {
		assertThat(this.command.run(List.of())).isEqualTo(CashpostCommandLine.USAGE);
		assertThat(output()).isEmpty();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no file given");
	}

	@Test
	void runsFromTheCommandLineWithoutAnApplicationContext() {
		int exit = CashpostCommandLine.execute(Object.class, new String[] { "inspect", SMALL }, print(this.out),
				print(this.err));
		assertThat(exit).isEqualTo(CashpostCommandLine.OK);
		assertThat(output()).startsWith("{\"file\":\"" + SMALL + "\"");
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
