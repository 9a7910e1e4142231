package io.cashpost.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.ReceivedFiles;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.posting.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting from intraday reports, then the end-of-day statement: the statement confirms
 * what was posted and only real differences reach a person.
 */
@CashpostIntegrationTest
class IntradayConfirmationJobTests {

	private static final int ENTRIES = 200;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	ReceivedFiles files;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void invoices() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(TestPayments.invoices(this.dir, ENTRIES + 10, 40));
	}

	@Test
	void theEndOfDayStatementConfirmsWhatTheIntradayReportPostedAndQueuesOnlyDifferences() {
		CamtStatementBuilder intraday = CamtStatementBuilder.statement("RPT-1120").intraday();
		CamtStatementBuilder endOfDay = CamtStatementBuilder.statement("STMT-1120");
		for (int i = 0; i < ENTRIES; i++) {
			intraday.creditWithText("P" + i, TestPayments.amount(i), "Customer " + i, "Invoice INV-" + (5000 + i));
			if (i == 7) {
				// the bank books another amount at the end of the day
				endOfDay.creditWithText("P" + i, "99.99", "Customer " + i, "Invoice INV-" + (5000 + i));
			}
			else if (i != 13) {
				// entry 13 the bank took back: the end-of-day statement lacks it
				endOfDay.creditWithText("P" + i, TestPayments.amount(i), "Customer " + i, "Invoice INV-" + (5000 + i));
			}
		}
		// an entry the statement carries twice, and one booked after the last intraday
		// report
		endOfDay.creditWithText("P42", TestPayments.amount(42), "Customer 42", "Invoice INV-5042");
		endOfDay.creditWithText("P" + ENTRIES, TestPayments.amount(ENTRIES), "Customer",
				"Invoice INV-" + (5000 + ENTRIES));

		FileOutcome first = this.pipeline.ingest(intraday.writeTo(this.dir, "intraday.xml"));
		FileOutcome second = this.pipeline.ingest(endOfDay.writeTo(this.dir, "endofday.xml"));

		assertThat(first.posted()).isEqualTo(ENTRIES);
		assertThat(second.confirmed()).isEqualTo(ENTRIES - 2);
		assertThat(second.posted()).as("the entry booked after the intraday report").isOne();
		assertThat(reasons()).containsExactlyInAnyOrderEntriesOf(
				Map.of("changed_since_intraday", 1, "duplicate", 1, "not_in_end_of_day", 1));
		assertThat(detailOf("not_in_end_of_day")).contains("P13").contains("may have reversed it");
		assertThat(detailOf("changed_since_intraday")).contains("99.99").contains("107.00");
		assertThat(detailOf("duplicate")).contains("carries this entry twice");
		assertThat(this.files.recent("ingested", 10))
			.anySatisfy((file) -> assertThat(file.confirmed()).as(file.fileName()).isEqualTo(ENTRIES - 2));
		assertThat(count("select count(*) from journal_entry")).as("the money is posted once").isEqualTo(ENTRIES + 1);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
	}

	@Test
	void aLaterEndOfDayStatementCarryingTheEntryClosesItsQuestion() {
		this.pipeline.ingest(CamtStatementBuilder.statement("RPT-1")
			.intraday()
			.creditWithText("P1", "101.00", "Customer 1", "Invoice INV-5001")
			.creditWithText("P2", "102.00", "Customer 2", "Invoice INV-5002")
			.writeTo(this.dir, "intraday.xml"));
		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1")
			.creditWithText("P1", "101.00", "Customer 1", "Invoice INV-5001")
			.writeTo(this.dir, "endofday-1.xml"));
		assertThat(reasons()).containsExactlyEntriesOf(Map.of("not_in_end_of_day", 1));

		this.pipeline.ingest(CamtStatementBuilder.statement("STMT-1-CORRECTED")
			.creditWithText("P2", "102.00", "Customer 2", "Invoice INV-5002")
			.writeTo(this.dir, "endofday-2.xml"));

		assertThat(count("select count(*) from exception_item where status = 'open'")).isZero();
		assertThat(this.jdbc.sql("select kind from exception_resolution").query(String.class).list())
			.containsExactly("confirmed");
	}

	@Test
	void theSameStatementDeliveredAgainStaysAVisibleDuplicate() {
		this.pipeline.ingest(TestPayments.statement(this.dir, "day.xml", "STMT-9", 0, 20));

		FileOutcome again = this.pipeline.ingest(CamtStatementBuilder.statement("STMT-9")
			.createdAt("2026-11-20T19:30:00+01:00")
			.creditWithText("P0", TestPayments.amount(0), "Customer 0", "Invoice INV-5000")
			.writeTo(this.dir, "day-again.xml"));

		assertThat(again.confirmed()).isZero();
		assertThat(again.exceptions()).containsExactlyEntriesOf(Map.of("duplicate", 1));
		assertThat(detailOf("duplicate")).contains("delivered again");
	}

	private Map<String, Integer> reasons() {
		return this.jdbc
			.sql("select reason, count(*) as items from exception_item where status = 'open' group by reason")
			.query((rs, row) -> Map.entry(rs.getString("reason"), rs.getInt("items")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private String detailOf(String reason) {
		List<String> details = this.jdbc
			.sql("select e.detail || ' [' || t.entry_ref || ']' from exception_item e "
					+ "join bank_transaction t on t.transaction_id = e.bank_transaction_id where e.reason = :reason")
			.param("reason", reason)
			.query(String.class)
			.list();
		assertThat(details).hasSize(1);
		return details.get(0);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
