package io.cashpost.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.matching.Payment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * matchAndPostStep in partitions: every customer routed to exactly one partition, every
 * payment posted once.
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

	@Autowired
	JobRepository jobRepository;

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
		assertThatEachStageTookTime();
	}

	/**
	 * A payment routing cannot place (it names no invoice, only its payer's name) goes by
	 * hash, often to the partition that does not own its customer: that partition hands
	 * it to the owner, which posts it in the second round, so the serial step gets
	 * nothing.
	 */
	@Test
	void aPaymentDecidedForAnotherPartitionsCustomerIsHandedToThatPartition() {
		this.invoices.importFile(TestPayments.invoices(this.dir, 60, 6));
		CamtStatementBuilder statement = CamtStatementBuilder.statement("STMT-H");
		for (int i = 0; i < 60; i++) {
			if (i < 30) {
				statement.creditWithText("P" + i, TestPayments.amount(i), "Payer " + i, "Invoice INV-" + (5000 + i));
			}
			else {
				// no number: the payer's name and the amount tell the invoice, not
				// routing
				statement.creditWithText("P" + i, TestPayments.amount(i), "Customer " + (i % 6), "Thank you");
			}
		}
		this.pipeline.stage(statement.writeTo(this.dir, "h.xml"), "cli");

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("""
				select count(*) from allocation a
				  join bank_transaction t on t.transaction_id = a.bank_transaction_id
				  join invoice i on i.invoice_id = a.invoice_id
				 where t.end_to_end_id = 'E2E-P' || (substring(i.invoice_number from 5)::int - 5000)
				""").query(Long.class).single()).as("each payment paid its own invoice").isEqualTo(60);
		assertThat(count("select count(*) from journal_entry")).isEqualTo(60);
		Map<String, StepExecution> steps = new HashMap<>();
		this.jobRepository.getJobExecution(count("select max(job_execution_id) from batch_job_execution"))
			.getStepExecutions()
			.forEach((step) -> steps.put(step.getStepName(), step));
		long handed = steps.values()
			.stream()
			.filter((step) -> step.getStepName().startsWith("matchAndPostPartitionStep:partition"))
			.mapToLong((step) -> step.getExecutionContext().getLong(HandOvers.HANDED_OVER, 0))
			.sum();
		long postedInSecondRound = steps.values()
			.stream()
			.filter((step) -> step.getStepName().startsWith("matchAndPostPartitionStep:handedOver"))
			.mapToLong((step) -> step.getWriteCount())
			.sum();
		assertThat(handed).as("some shortened numbers were routed to the other partition").isPositive();
		assertThat(postedInSecondRound).isEqualTo(handed);
		assertThat(steps.get("matchRemainderStep").getReadCount()).isZero();
	}

	/**
	 * A payment handed to a partition whose first round is still running is read by its
	 * second round only: the first round's picture still counts the handing partition's
	 * posting as made.
	 */
	@Test
	void aHandedOverPaymentWaitsForTheSecondRound() {
		this.invoices.importFile(TestPayments.invoices(this.dir, 20, 4));
		this.pipeline.stage(TestPayments.statement(this.dir, "s.xml", "STMT-W", 0, 20), "cli");
		MatchRoutes routes = new MatchRoutes(this.jdbc);
		routes.route(4343L, 2);
		long payment = count("select min(transaction_id) from match_route where route_id = 4343 and partition_no = 0");
		String customerOfPartition1 = routes.owned(4343L, 1).iterator().next();

		assertThat(routes.handOver(4343L, List.of(payment), List.of(customerOfPartition1))).isOne();

		assertThat(ids(new PendingPaymentReader(this.jdbc, 100, 4343L, 1, false, (page) -> {
		}))).as("partition 1, first round").doesNotContain(payment);
		assertThat(ids(new PendingPaymentReader(this.jdbc, 100, 4343L, 1, true, (page) -> {
		}))).as("partition 1, second round").containsExactly(payment);
		assertThat(routes.owned(4343L, 0)).as("the route and what each partition owns are as routed")
			.doesNotContain(customerOfPartition1);
		assertThat(routes.handedOver(4343L)).containsExactly(Map.entry(1, 1L));
		routes.forget(4343L);
	}

	private static List<Long> ids(PendingPaymentReader reader) {
		List<Long> ids = new ArrayList<>();
		for (Payment payment = reader.read(); payment != null; payment = reader.read()) {
			ids.add(payment.transactionId());
		}
		return ids;
	}

	/**
	 * The second round's pages come from an index of the handed-over payments alone, not
	 * by stepping over a partition's other payments (nine in ten at scale).
	 */
	@Test
	void theSecondRoundReadsHandedOverPaymentsThroughTheirOwnIndex() {
		String plan = String.join("\n",
				this.jdbc.sql("explain " + PendingPaymentReader.NEXT_IDS_HANDED_OVER)
					.param("routeId", 1L)
					.param("partition", 0)
					.param("after", 0L)
					.param("pageSize", 1000)
					.query(String.class)
					.list());
		assertThat(plan).contains("match_route_handed_to");
	}

	/** The benchmark reads the time of each stage from the job repository. */
	private void assertThatEachStageTookTime() {
		long executionId = count("select max(job_execution_id) from batch_job_execution");
		JobExecution execution = this.jobRepository.getJobExecution(executionId);
		Map<String, ExecutionContext> contexts = new HashMap<>();
		execution.getStepExecutions().forEach((step) -> contexts.put(step.getStepName(), step.getExecutionContext()));
		assertThat(contexts.get("matchAndPostStep").containsKey(StageTimes.ROUTE)).isTrue();
		assertThat(contexts).hasEntrySatisfying("matchAndPostPartitionStep:partition0", (context) -> {
			assertThat(context.getLong(StageTimes.MATCH + ".nanos")).isPositive();
			assertThat(context.getLong(StageTimes.POST + ".nanos")).isPositive();
			assertThat(context.getLong(StageTimes.EXCEPTIONS + ".nanos")).as("statuses and the exception queue")
				.isPositive();
		});
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
