package io.cashpost.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * matchAndPostStep in partitions: every customer routed to exactly one partition, every
 * payment posted once, and a payment whose decision reaches another partition's customer
 * left to the serial step.
 */
@CashpostIntegrationTest
class MatchAndPostPartitionJobTests {

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JobRuns runs;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void partitionsShareTheWorkAndNeverTheSameCustomer() {
		this.invoices.importFile(TestPayments.invoices(this.dir, 60, 5));
		this.pipeline.stage(TestPayments.statement(this.dir, "s.xml", "STMT-P", 0, 60), "cli");
		MatchRoutes routes = new MatchRoutes(this.jdbc);

		Map<Integer, Long> perPartition = routes.route(4242L, 2);

		assertThat(perPartition).containsOnlyKeys(0, 1);
		assertThat(perPartition.values()).allSatisfy((payments) -> assertThat(payments).isGreaterThanOrEqualTo(24));
		assertThat(this.jdbc.sql("""
				select count(*) from (select customer_id from match_route where route_id = 4242
				                       group by customer_id having count(distinct partition_no) > 1) shared
				""").query(Long.class).single()).isZero();
		assertThat(routes.owned(4242L, 0)).doesNotContainAnyElementsOf(routes.owned(4242L, 1));
		routes.forget(4242L);

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(60);
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(60);
		assertThat(count("select count(*) from match_route")).as("routes are forgotten once done").isZero();
	}

	@Test
	void aDecisionReachingAnotherPartitionsCustomerIsLeftToTheSerialStep() {
		this.invoices.importFile(TestPayments.invoices(this.dir, 3, 3));
		// The payer's account is known for C-2, the text names C-0's invoice in two
		// words:
		// routing (by single words, then the account) sends it to C-2's partition, the
		// matcher joins the words and posts to C-0.
		this.jdbc
			.sql("insert into customer_account (account, customer_id, source) values ('DE02100100100006820101', "
					+ "'C-2', 'invoice_import')")
			.update();
		Path statement = CamtStatementBuilder.statement("STMT-X")
			.creditWithText("X1", TestPayments.amount(1), "Customer 1", "Invoice INV-5001")
			.creditWithText("X2", TestPayments.amount(2), "Customer 2", "Invoice INV-5002")
			.creditWithText("X0", TestPayments.amount(0), "Somebody", "Invoice INV 5000")
			.writeTo(this.dir, "x.xml");
		this.pipeline.stage(statement, "cli");
		this.jdbc
			.sql("update bank_transaction set debtor_account = 'DE02100100100006820101' where entry_ref like 'X0%'")
			.update();

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select i.customer_id from allocation a join invoice i on i.invoice_id = a.invoice_id
				  join bank_transaction t on t.transaction_id = a.bank_transaction_id where t.entry_ref like 'X0%'
				""").query(String.class).single()).isEqualTo("C-0");
		List<Long> remainder = this.jdbc.sql("""
				select write_count from batch_step_execution where step_name = 'matchRemainderStep'
				 order by step_execution_id desc limit 1
				""").query(Long.class).list();
		assertThat(remainder).containsExactly(1L);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
