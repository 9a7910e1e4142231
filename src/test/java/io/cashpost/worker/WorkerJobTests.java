package io.cashpost.worker;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.StatementPipeline;
import io.cashpost.job.TestPayments;
import io.cashpost.posting.LedgerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code matchAndPostJob} in {@code remote} mode over the {@code jdbc} transport, woken
 * by {@code NOTIFY}, with a worker in this same JVM: the partitions run on the worker
 * when one is alive, here when none turns up in time, and each is recorded with who ran
 * it. Workers in JVMs of their own, one of them killed:
 * {@code MatchAndPostOnWorkersJobTests}.
 */
@CashpostIntegrationTest
@TestPropertySource(properties = { "cashpost.workers.mode=remote", "cashpost.workers.wait-for-workers=1s",
		"cashpost.workers.poll-interval=200ms", "cashpost.workers.jdbc.listen=true",
		"cashpost.workers.jdbc.poll-interval=5s", "cashpost.workers.name=in-test",
		"cashpost.jobs.matching-chunk-size=50" })
class WorkerJobTests {

	@Autowired
	Worker worker;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoices;

	@Autowired
	JobRuns runs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartitionPlacements placements;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	private void stage(int payments) {
		this.invoices.importFile(TestPayments.invoices(this.dir, payments, Math.max(5, payments / 40)));
		this.pipeline.stage(TestPayments.statement(this.dir, "s.xml", "STMT-W", 0, payments), "cli");
	}

	@AfterEach
	void stopWorker() {
		this.worker.stop();
	}

	@Test
	void aLiveWorkerRunsEveryPartitionAndTheJobsJvmTheRest() {
		stage(60);
		String started = this.worker.start();

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(started).startsWith("worker #1 in-test takes partitions (jdbc");
		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(60);
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(60);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
		List<PartitionRun> partitions = this.placements.partitionsOf(List.of(run.executionId())).get(run.executionId());
		assertThat(partitions).extracting(PartitionRun::partition).containsExactly("partition0", "partition1");
		assertThat(partitions).allSatisfy((partition) -> {
			assertThat(partition.runner()).isEqualTo("worker #1 in-test");
			assertThat(partition.status()).isEqualTo("COMPLETED");
		});
		assertThat(partitions.stream().mapToLong(PartitionRun::read).sum()).isEqualTo(60);
		assertThat(count("select count(*) from int_channel_message")).as("every request taken").isZero();
	}

	@Test
	void aRequestDeliveredAgainIsDroppedAndNothingRunsTwice(
			@Autowired @Qualifier("partitionRequests") org.springframework.messaging.MessageChannel partitionRequests,
			@Autowired JobRepository jobRepository) throws InterruptedException {
		stage(60);
		this.worker.start();
		JobRun run = this.runs.run("matchAndPostJob", Map.of());
		long partition0 = count(
				"select min(step_execution_id) from batch_step_execution where step_name like '%:partition0'");
		long version = count("select version from batch_step_execution where step_execution_id = " + partition0);

		partitionRequests.send(org.springframework.messaging.support.MessageBuilder
			.withPayload(new StepExecutionRequest("matchAndPostPartitionStep", partition0))
			.build());
		for (int i = 0; i < 100 && count("select count(*) from int_channel_message") > 0; i++) {
			Thread.sleep(100);
		}

		assertThat(run.status()).isEqualTo("COMPLETED");
		assertThat(count("select count(*) from int_channel_message")).as("the request was taken").isZero();
		assertThat(jobRepository.getStepExecution(partition0).getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("select version from batch_step_execution where step_execution_id = " + partition0))
			.as("the partition was not run again")
			.isEqualTo(version);
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(60);
	}

	@Test
	void withNoWorkerAliveThePartitionsRunInTheJobsJvmAfterTheWait() {
		stage(60);
		long started = System.nanoTime();

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(60);
		assertThat(this.placements.partitionsOf(List.of(run.executionId())).get(run.executionId()))
			.allSatisfy((partition) -> assertThat(partition.runner()).startsWith("manager "));
		assertThat(count("select count(*) from int_channel_message")).as("nothing sent").isZero();
	}

	@Test
	void requestsNobodyTookWhenTheLastWorkerWentRunInTheJobsJvm(@Autowired WorkerRegistry registry) throws Exception {
		stage(60);
		// alive when the job starts, gone before it takes anything
		WorkerRegistry.Registration ghost = registry.register("ghost", 1);
		CompletableFuture<JobRun> running = CompletableFuture
			.supplyAsync(() -> this.runs.run("matchAndPostJob", Map.of()));
		awaitCount("select count(*) from int_channel_message", 2);
		ghost.close();

		JobRun run = running.get(60, TimeUnit.SECONDS);

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(60);
		assertThat(this.placements.partitionsOf(List.of(run.executionId())).get(run.executionId()))
			.allSatisfy((partition) -> assertThat(partition.runner()).startsWith("manager "));
	}

	@Test
	void aWorkerStoppedMidPartitionLeavesItStoppedForRestartToFinish() throws Exception {
		stage(2000);
		this.worker.start();
		CompletableFuture<JobRun> running = CompletableFuture
			.supplyAsync(() -> this.runs.run("matchAndPostJob", Map.of()));
		awaitCount("""
				select count(*) from batch_step_execution s join partition_placement p using (step_execution_id)
				 where s.status = 'STARTED' and s.write_count >= 100 and p.worker_id is not null
				""", 1);

		this.worker.stop();
		JobRun stopped = running.get(60, TimeUnit.SECONDS);
		JobRun restarted = this.runs.restart(stopped.executionId(), false);

		assertThat(stopped.status()).isEqualTo("FAILED");
		assertThat(stopped.summary()).contains("ended STOPPED: its worker was stopped");
		assertThat(this.placements.partitionsOf(List.of(stopped.executionId())).get(stopped.executionId()))
			.anySatisfy((partition) -> {
				assertThat(partition.status()).isEqualTo("STOPPED");
				assertThat(partition.runner()).isEqualTo("worker #1 in-test");
				assertThat(partition.written()).isBetween(100L, 999L);
			});
		assertThat(restarted.status()).as(restarted.summary()).isEqualTo("COMPLETED");
		assertThat(this.placements.partitionsOf(List.of(restarted.executionId())).get(restarted.executionId()))
			.as("only the stopped partition runs again")
			.hasSize(1);
		assertThat(count("select count(*) from bank_transaction where match_status = 'posted'")).isEqualTo(2000);
		assertThat(count("select count(distinct bank_transaction_id) from journal_entry")).isEqualTo(2000);
		assertThat(count("select count(*) from journal_entry")).as("nothing posted twice").isEqualTo(2000);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
	}

	private void awaitCount(String sql, long atLeast) throws InterruptedException {
		for (int i = 0; i < 600 && count(sql) < atLeast; i++) {
			Thread.sleep(50);
		}
		assertThat(count(sql)).as(sql).isGreaterThanOrEqualTo(atLeast);
	}

	@Test
	void aStoppedWorkerIsNoLongerAlive(@Autowired WorkerRegistry registry) {
		this.worker.start();
		assertThat(registry.live(Duration.ofSeconds(20))).extracting(WorkerRegistry.LiveWorker::name)
			.containsExactly("in-test");

		this.worker.stop();

		assertThat(registry.live(Duration.ofSeconds(20))).isEmpty();
		assertThat(count("select count(*) from worker where stopped_at is not null")).isOne();
	}

	@Test
	void withNoWorkerAliveAndNoFallbackTheStepFailsSayingSo(@Autowired JobRepository jobRepository,
			@Autowired WorkerRegistry registry, @Autowired WorkerProperties properties,
			@Autowired @Qualifier("matchAndPostPartitionStep") Step step) {
		WorkerProperties failing = new WorkerProperties(WorkerProperties.Mode.REMOTE, properties.transport(),
				Duration.ZERO, WorkerProperties.Fallback.FAIL, properties.pollInterval(), properties.timeout(), 1, null,
				properties.heartbeatInterval(), properties.heartbeatTimeout(), properties.jdbc(), properties.jms());
		PartitionDispatch dispatch = new PartitionDispatch(null, null, new PartitionWatch.Setup(jobRepository,
				this.placements, registry, failing, step, Duration.ofSeconds(5), Clock.systemUTC()));

		assertThatIllegalStateException().isThrownBy(() -> dispatch.handle(null, null))
			.withMessage("no Cashpost worker is alive (waited PT0S): start `cashpost worker` on this database, "
					+ "or set cashpost.workers.fallback=run-locally");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
