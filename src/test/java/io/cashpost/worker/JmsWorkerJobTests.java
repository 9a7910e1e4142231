package io.cashpost.worker;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.JobRun;
import io.cashpost.job.JobRuns;
import io.cashpost.job.StatementPipeline;
import io.cashpost.job.TestPayments;
import io.cashpost.posting.LedgerFixture;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code matchAndPostJob} in {@code remote} mode over the {@code jms} transport: an
 * embedded ActiveMQ Artemis broker on a TCP port, a worker in this same JVM.
 */
@CashpostIntegrationTest
@TestPropertySource(properties = { "cashpost.workers.mode=remote", "cashpost.workers.transport=jms",
		"cashpost.workers.wait-for-workers=1s", "cashpost.workers.poll-interval=200ms",
		"cashpost.workers.name=jms-test" })
class JmsWorkerJobTests {

	private static EmbeddedActiveMQ broker;

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

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry properties) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path data = Files.createTempDirectory("artemis");
		broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl().setPersistenceEnabled(false)
			.setSecurityEnabled(false)
			.setJMXManagementEnabled(false)
			.setJournalDirectory(data.toString())
			.addAcceptorConfiguration("tcp", "tcp://localhost:" + port));
		broker.start();
		properties.add("cashpost.workers.jms.broker-url", () -> "tcp://localhost:" + port);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (broker != null) {
			broker.stop();
		}
	}

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
		this.invoices.importFile(TestPayments.invoices(this.dir, 60, 5));
		this.pipeline.stage(TestPayments.statement(this.dir, "s.xml", "STMT-J", 0, 60), "cli");
	}

	@AfterEach
	void stopWorker() {
		this.worker.stop();
	}

	@Test
	void aWorkerTakesThePartitionsFromTheQueue() throws IOException {
		assertThat(this.worker.start())
			.startsWith("worker #1 jms-test takes partitions (jms, queue cashpost.partitions");

		JobRun run = this.runs.run("matchAndPostJob", Map.of());

		assertThat(run.status()).as(run.summary()).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("select count(*) from bank_transaction where match_status = 'posted'")
			.query(Long.class)
			.single()).isEqualTo(60);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
		List<PartitionRun> partitions = this.placements.partitionsOf(List.of(run.executionId())).get(run.executionId());
		assertThat(partitions).hasSize(2)
			.allSatisfy((partition) -> assertThat(partition.runner()).isEqualTo("worker #1 jms-test"));
	}

}
