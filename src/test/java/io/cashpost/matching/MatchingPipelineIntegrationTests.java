package io.cashpost.matching;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;
import io.cashpost.matching.MatchingScenario.Allocation;
import io.cashpost.matching.MatchingScenario.Expected;
import io.cashpost.matching.MatchingScenario.GeneratedInvoice;
import io.cashpost.matching.MatchingScenario.Truth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated day of cash application end to end: invoice CSV imported, two camt.053
 * files ingested through {@link StatementPipeline#ingest}, then every allocation, every
 * invoice's open amount and every exception compared with the truth.
 */
@CashpostIntegrationTest
class MatchingPipelineIntegrationTests {

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aGeneratedCaseIsPostedExactlyAsTheTruthSays() {
		TestDatabase.clear(this.jdbc);
		MatchingScenario scenario = new MatchingCaseGenerator(20261120, 1, 400).generate();
		this.invoiceImport.importFile(ScenarioFiles.invoicesCsv(scenario, this.dir));

		List<FileOutcome> outcomes = ScenarioFiles.statements(scenario, this.dir)
			.stream()
			.map(this.pipeline::ingest)
			.toList();

		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.processed()).isTrue());
		MatchQualityReport report = MatchQualityReport.of(scenario, this.jdbc);
		assertThat(report.wrong()).isEmpty();
		assertThat(report.autoAppliedPercent()).isGreaterThanOrEqualTo(97.0);
		assertEveryExceptionIsQueuedWithReasonAndSuggestionsWhereSensible(scenario);
		assertOpenAmountsAreWhatThePostedAllocationsLeft(scenario);
		assertThat(this.jdbc.sql("select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from journal_line")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0");
	}

	private void assertEveryExceptionIsQueuedWithReasonAndSuggestionsWhereSensible(MatchingScenario scenario) {
		Map<String, String> reasons = new HashMap<>();
		this.jdbc.sql("""
				select t.entry_ref, e.reason from exception_item e
				  join bank_transaction t on t.transaction_id = e.bank_transaction_id
				""").query((rs, row) -> reasons.put(rs.getString(1), rs.getString(2))).list();
		for (Truth truth : scenario.truth().values()) {
			if (truth.expected() == Expected.EXCEPTION) {
				assertThat(reasons).as(truth.ref() + " " + truth.caseType()).containsKey(truth.ref());
			}
		}
		assertThat(reasons.values()).allSatisfy((reason) -> assertThat(reason).isNotBlank());
		assertThat(reasonOf(scenario, reasons, "wrong_currency")).containsOnly("currency_mismatch");
		assertThat(reasonOf(scenario, reasons, "paid_twice")).containsOnly("invoice_settled");
		assertThat(reasonOf(scenario, reasons, "duplicate_amount")).containsOnly("ambiguous");
		assertThat(reasonOf(scenario, reasons, "unknown_payer")).containsOnly("unknown_payer");
		assertThat(this.jdbc.sql("""
				select count(*) from exception_item e
				  join bank_transaction t on t.transaction_id = e.bank_transaction_id
				 where e.reason = 'ambiguous' and jsonb_array_length(e.suggestions) < 2
				""").query(Integer.class).single()).isZero();
	}

	private static List<String> reasonOf(MatchingScenario scenario, Map<String, String> reasons, String caseType) {
		return scenario.truth()
			.values()
			.stream()
			.filter((truth) -> truth.caseType().equals(caseType))
			.map((truth) -> reasons.get(truth.ref()))
			.toList();
	}

	private void assertOpenAmountsAreWhatThePostedAllocationsLeft(MatchingScenario scenario) {
		Map<String, BigDecimal> expected = new HashMap<>();
		for (GeneratedInvoice invoice : scenario.invoices()) {
			expected.put(invoice.number(), invoice.amount());
		}
		Map<String, String> status = new HashMap<>();
		this.jdbc.sql("select entry_ref, match_status from bank_transaction")
			.query((rs, row) -> status.put(rs.getString(1), rs.getString(2)))
			.list();
		for (Truth truth : scenario.truth().values()) {
			if (truth.expected() == Expected.AUTO && "posted".equals(status.get(truth.ref()))) {
				for (Allocation allocation : truth.allocations()) {
					expected.merge(allocation.invoiceNumber(), allocation.settles().negate(), BigDecimal::add);
				}
			}
		}
		Map<String, BigDecimal> actual = new HashMap<>();
		this.jdbc.sql("select invoice_number, open_amount from invoice")
			.query((rs, row) -> actual.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		assertThat(actual).hasSameSizeAs(expected);
		expected.forEach((number, open) -> assertThat(actual.get(number)).as(number).isEqualByComparingTo(open));
	}

}
