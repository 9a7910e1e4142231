package io.cashpost.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Settlement reports staged by {@code ingestSettlementJob}, without matching. */
@CashpostIntegrationTest
class SettlementStagingIntegrationTests {

	static final Path ADYEN = Path.of("sample-files/settlement/1-adyen-settlement-details-batch-412.csv");

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void stagesTheBatchEveryRowAndTheCustomersPaymentsForMatching() {
		FileOutcome outcome = this.pipeline.stage(ADYEN, "cli");

		assertThat(outcome.status()).as(outcome.summaryLine()).isEqualTo("ingested");
		assertThat(outcome.format()).isEqualTo("adyen-settlement-details");
		Map<String, Object> batch = this.jdbc.sql("select * from settlement_batch").query().singleRow();
		assertThat(batch).containsEntry("acquirer", "adyen")
			.containsEntry("merchant_account", "CashpostDemoEUR")
			.containsEntry("batch_ref", "412")
			.containsEntry("currency", "EUR")
			.containsEntry("row_count", 5)
			.containsEntry("balanced", true)
			.containsEntry("status", "awaiting_payout")
			.containsEntry("payout_reference", "TX9926084112XT batch 412, CashpostDemoEUR");
		assertThat(batch.get("payout_amount")).hasToString("11539.3800");
		assertThat(kinds()).containsExactly("sale", "sale", "sale", "fee", "payout");
		List<Map<String, Object>> payments = this.jdbc
			.sql("select account, currency, amount, entry_ref, end_to_end_id, referred_documents::text as refs, "
					+ "source_key, match_status from bank_transaction order by transaction_id")
			.query()
			.listOfRows();
		assertThat(payments).hasSize(3);
		assertThat(payments.get(0)).containsEntry("account", "adyen")
			.containsEntry("currency", "CHF")
			.containsEntry("entry_ref", "8816281505278071")
			.containsEntry("end_to_end_id", "8816281505278071")
			.containsEntry("refs", "{INV-2026-1027}")
			.containsEntry("source_key", "card|adyen:8816281505278071:Settled:8816281505301245")
			.containsEntry("match_status", "new");
		assertThat(payments.get(0).get("amount")).hasToString("890.0000");
	}

	@Test
	void aReportOverlappingAnotherStagesOnlyTheRowsNotSeenBefore() throws IOException {
		this.pipeline.stage(ADYEN, "cli");
		// The same batch downloaded again with one more column: other bytes, the same
		// rows.
		List<String> lines = Files.readAllLines(ADYEN);
		StringBuilder again = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			again.append(lines.get(i)).append((i == 0) ? ",Metadata" : ",").append('\n');
		}
		Path overlapping = Files.writeString(this.dir.resolve("adyen-again.csv"), again);

		FileOutcome outcome = this.pipeline.stage(overlapping, "cli");

		assertThat(outcome.status()).isEqualTo("ingested");
		assertThat(count("settlement_batch")).isOne();
		assertThat(count("card_transaction")).isEqualTo(5);
		assertThat(count("bank_transaction")).isEqualTo(3);
	}

	@Test
	void theSameReportTwiceIsRefused() {
		// Once matched: a report whose processing was cut off would be resumed instead.
		this.pipeline.ingest(ADYEN);

		FileOutcome outcome = this.pipeline.stage(ADYEN, "cli");

		assertThat(outcome.status()).isEqualTo("refused");
		assertThat(outcome.reason()).contains("the same bytes were already received");
		assertThat(count("card_transaction")).isEqualTo(5);
	}

	@Test
	void aReportWhoseBatchDoesNotAddUpIsQuarantinedWholeWithTheDifference() throws IOException {
		String report = Files.readString(ADYEN).replace(",11539.38,", ",11539.83,");
		Path wrong = Files.writeString(this.dir.resolve("adyen-wrong.csv"), report);

		FileOutcome outcome = this.pipeline.stage(wrong, "cli");

		assertThat(outcome.status()).isEqualTo("quarantined");
		assertThat(outcome.reason()).isEqualTo("adyen-wrong.csv: batch 412 (EUR) does not add up: the MerchantPayout "
				+ "pays out 11539.83, the rows add up to 11539.38 (difference -0.45)");
		assertThat(count("settlement_batch")).isZero();
		assertThat(count("card_transaction")).isZero();
		assertThat(count("bank_transaction")).isZero();
		assertThat(this.jdbc.sql("select status from statement_file").query(String.class).single())
			.isEqualTo("quarantined");
	}

	@Test
	void aReportCashpostRecognisesButDoesNotReadIsQuarantinedSayingWhatItIs() throws IOException {
		Path summary = Files.writeString(this.dir.resolve("payouts.csv"),
				"Payout ID,Payout Date,Payout Amount,Merchant Payout Fees,Holding Currency\n"
						+ "00000003K599,2026-07-02T02:00:00.000,79.51,-2,USD\n");

		FileOutcome outcome = this.pipeline.stage(summary, "cli");

		assertThat(outcome.status()).isEqualTo("quarantined");
		assertThat(outcome.reason()).isEqualTo("payouts.csv: not a report Cashpost reads: a Checkout.com payouts "
				+ "summary (one total per payout, no transactions); Cashpost reads the settlement breakdown report");
	}

	private List<String> kinds() {
		return this.jdbc.sql("select kind from card_transaction order by row_index").query(String.class).list();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

}
