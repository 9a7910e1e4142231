package io.cashpost.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.integration.metadata.SimpleMetadataStore;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SFTP source against a real SFTP server: host key checked against
 * {@code known_hosts}, key authentication, what happens on the server after pickup.
 */
class SftpFileSourceTests {

	@TempDir
	Path dir;

	private TestSftpServer server;

	private final SimpleMetadataStore metadata = new SimpleMetadataStore();

	@BeforeEach
	void start() {
		this.server = TestSftpServer.start(this.dir.resolve("server"));
	}

	@AfterEach
	void stop() throws IOException {
		this.server.close();
	}

	@Test
	void aServerWhoseHostKeyDiffersFromKnownHostsIsRefused() throws IOException {
		Files.writeString(this.server.dir("outgoing").resolve("stmt.xml"), "<Document/>");
		try (SftpFileSource source = source(SftpSourceProperties.AfterPickup.DELETE,
				this.server.wrongKnownHosts(this.dir.resolve("known_hosts")))) {
			assertThatThrownBy(source::collect).hasRootCauseMessage("Server key did not validate");
		}
		assertThat(this.server.dir("outgoing").resolve("stmt.xml")).exists();
		assertThat(this.dir.resolve("spool")).doesNotExist();
	}

	@Test
	void aFetchedFileIsRenamedOnTheServerAndNotFetchedAgain() throws IOException {
		Files.writeString(this.server.dir("outgoing").resolve("stmt.xml"), "<Document/>");
		Files.writeString(this.server.dir("outgoing").resolve("notes.txt"), "not a statement");
		try (SftpFileSource source = source(SftpSourceProperties.AfterPickup.RENAME,
				this.server.knownHosts(this.dir.resolve("known_hosts")))) {
			List<Path> fetched = source.collect();
			assertThat(fetched).extracting((file) -> file.getFileName().toString()).containsExactly("stmt.xml");
			assertThat(fetched.get(0)).hasContent("<Document/>");
			assertThat(this.server.dir("outgoing").resolve("stmt.xml.done")).exists();
			assertThat(this.server.dir("outgoing").resolve("notes.txt")).exists();
			source.release(fetched.get(0));

			Files.writeString(this.server.dir("outgoing").resolve("stmt.xml.done"), "<Document/>");
			assertThat(source.collect()).isEmpty();
		}
	}

	@Test
	void deleteRemovesTheFileFromTheServer() throws IOException {
		Files.writeString(this.server.dir("outgoing").resolve("stmt.xml"), "<Document/>");
		try (SftpFileSource source = source(SftpSourceProperties.AfterPickup.DELETE,
				this.server.knownHosts(this.dir.resolve("known_hosts")))) {
			assertThat(source.collect()).hasSize(1);
		}
		assertThat(this.server.dir("outgoing").resolve("stmt.xml")).doesNotExist();
	}

	private SftpFileSource source(SftpSourceProperties.AfterPickup afterPickup, Path knownHosts) {
		SftpSourceProperties properties = new SftpSourceProperties("127.0.0.1", this.server.port(), TestSftpServer.USER,
				null, null, this.server.privateKey(this.dir.resolve("id_ecdsa")), null, knownHosts, "/outgoing",
				"*.xml", afterPickup, ".done", Duration.ofMinutes(1), Duration.ofSeconds(10));
		return new SftpFileSource("bank-a", properties, this.dir.resolve("spool"), this.metadata,
				new TransactionTemplate(new ResourcelessTransactionManager()), new StandardEnvironment());
	}

}
