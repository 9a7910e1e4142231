package io.cashpost.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostApplication;
import io.cashpost.ExternalTestDatabase;
import io.cashpost.job.Collected;
import io.cashpost.job.CamtStatementBuilder;
import io.cashpost.job.FileCollection;
import io.cashpost.job.FileOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files fetched from a real SFTP server (key authentication, host key checked) go through
 * intake exactly once: a second poll, and a restart of the application on the same
 * database, fetch nothing again; the same bytes under another name are refused; a corrupt
 * file is quarantined with its reason.
 */
class SftpIntakeIntegrationTests {

	@TempDir
	Path dir;

	private TestSftpServer server;

	private Path outgoing;

	/**
	 * Kept between the two starts: a database of the second pass's server, or embedded.
	 */
	private String database;

	@BeforeEach
	void startServer() {
		this.server = TestSftpServer.start(this.dir.resolve("server"));
		this.outgoing = this.server.dir("outgoing");
		this.database = ExternalTestDatabase.serverUrl()
			.map((server) -> "spring.datasource.url=" + ExternalTestDatabase.createDatabase(server))
			.orElse("cashpost.embedded-db.dir=" + this.dir.resolve("pg"));
	}

	@AfterEach
	void stopServer() throws IOException {
		this.server.close();
		if (this.database.startsWith("spring.datasource.url=")) {
			ExternalTestDatabase.drop(this.database.substring("spring.datasource.url=".length()));
		}
	}

	@Test
	void aFileIsIngestedOnceAndStillOnceAfterARestartDuplicatesAreRefusedAndCorruptFilesQuarantined()
			throws IOException {
		Path statement = CamtStatementBuilder.statement("STMT-SFTP")
			.creditWithText("S1", "250.00", "Somebody", "thanks")
			.writeTo(this.outgoing, "stmt-1.xml");
		try (ConfigurableApplicationContext app = application()) {
			List<FileOutcome> first = collect(app).files();
			assertThat(first).singleElement().satisfies((outcome) -> {
				assertThat(outcome.fileName()).isEqualTo("stmt-1.xml");
				assertThat(outcome.status()).isEqualTo("ingested");
				assertThat(outcome.entries()).isEqualTo(1);
			});
			assertThat(collect(app).files()).isEmpty();
		}

		try (ConfigurableApplicationContext app = application()) {
			assertThat(collect(app).files()).as("after a restart").isEmpty();
			assertThat(count(app, "select count(*) from statement_file")).isEqualTo(1);

			Files.copy(statement, this.outgoing.resolve("stmt-1-again.xml"));
			Files.writeString(this.outgoing.resolve("broken.xml"),
					"<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
							+ "<BkToCstmrStmt><Stmt><Id>X</Id>\n");
			List<FileOutcome> next = collect(app).files();

			assertThat(next).extracting(FileOutcome::fileName, FileOutcome::status)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("stmt-1-again.xml", "refused"),
						org.assertj.core.groups.Tuple.tuple("broken.xml", "quarantined"));
			List<FileRecord> files = app.getBean(ReceivedFiles.class).recent(null, 10);
			assertThat(files).extracting(FileRecord::fileName, FileRecord::status, FileRecord::source)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("stmt-1.xml", "ingested", "sftp:bank-a"),
						org.assertj.core.groups.Tuple.tuple("stmt-1-again.xml", "refused", "sftp:bank-a"),
						org.assertj.core.groups.Tuple.tuple("broken.xml", "quarantined", "sftp:bank-a"));
			assertThat(files).filteredOn((file) -> file.status().equals("refused"))
				.singleElement()
				.satisfies((file) -> assertThat(file.reason()).contains("already received as 'stmt-1.xml'"));
			assertThat(files).filteredOn((file) -> file.status().equals("quarantined"))
				.singleElement()
				.satisfies((file) -> assertThat(file.reason()).startsWith("broken.xml").contains("3"));
			try (var quarantined = Files.list(this.dir.resolve("intake/quarantine"))) {
				assertThat(quarantined.map((file) -> file.getFileName().toString())).singleElement()
					.satisfies((name) -> assertThat(name).endsWith("-broken.xml"));
			}
			assertThat(this.dir.resolve("intake/incoming/sftp-bank-a")).isEmptyDirectory();
		}
	}

	/**
	 * The application on a database in the test's folder, kept between starts (a clean
	 * embedded database would be wiped when the application stops).
	 */
	private ConfigurableApplicationContext application() {
		return new SpringApplicationBuilder(CashpostApplication.class).properties(this.database,
				"cashpost.embedded-db.clean=false", "cashpost.intake.dir=" + this.dir.resolve("intake"),
				"cashpost.intake.sftp.bank-a.host=127.0.0.1", "cashpost.intake.sftp.bank-a.port=" + this.server.port(),
				"cashpost.intake.sftp.bank-a.user=" + TestSftpServer.USER,
				"cashpost.intake.sftp.bank-a.private-key-file=" + this.server.privateKey(this.dir.resolve("id_ecdsa")),
				"cashpost.intake.sftp.bank-a.known-hosts=" + this.server.knownHosts(this.dir.resolve("known_hosts")),
				"cashpost.intake.sftp.bank-a.remote-dir=/outgoing", "cashpost.intake.sftp.bank-a.pattern=*.xml")
			.run();
	}

	private static Collected collect(ConfigurableApplicationContext app) {
		FileSources sources = app.getBean(FileSources.class);
		return app.getBean(FileCollection.class).collectAndPost(sources.named(List.of("sftp:bank-a")));
	}

	private static long count(ConfigurableApplicationContext app, String sql) {
		return app.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
	}

}
