package io.cashpost.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server on 127.0.0.1 for tests (Apache MINA SSHD): one user who logs in with
 * a key, a host key of its own, files under a folder of the test.
 */
final class TestSftpServer implements AutoCloseable {

	static final String USER = "treasury";

	private final SshServer server;

	private final Path root;

	private final KeyPair hostKey;

	private final KeyPair clientKey;

	private TestSftpServer(Path root) throws IOException, GeneralSecurityException {
		this.root = Files.createDirectories(root);
		this.hostKey = keyPair();
		this.clientKey = keyPair();
		this.server = SshServer.setUpDefaultServer();
		this.server.setHost("127.0.0.1");
		this.server.setPort(0);
		this.server.setKeyPairProvider(KeyPairProvider.wrap(this.hostKey));
		this.server.setPublickeyAuthenticator(
				(user, key, session) -> USER.equals(user) && KeyUtils.compareKeys(key, this.clientKey.getPublic()));
		this.server.setPasswordAuthenticator(null);
		this.server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
		this.server.setFileSystemFactory(new VirtualFileSystemFactory(this.root));
		this.server.start();
	}

	static TestSftpServer start(Path root) {
		try {
			return new TestSftpServer(root);
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.server.getPort();
	}

	/** A folder on the server, as the test sees it on disk. */
	Path dir(String name) {
		try {
			return Files.createDirectories(this.root.resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A {@code known_hosts} file that lists this server's real host key. */
	Path knownHosts(Path file) {
		return knownHosts(file, this.hostKey);
	}

	/** A {@code known_hosts} file that lists another key for this server. */
	Path wrongKnownHosts(Path file) {
		try {
			return knownHosts(file, keyPair());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The user's private key in OpenSSH format. */
	Path privateKey(Path file) {
		try (OutputStream out = Files.newOutputStream(file)) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(this.clientKey, "cashpost-test", null, out);
			return file;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Path knownHosts(Path file, KeyPair key) {
		String line = "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n";
		try {
			return Files.writeString(file, line, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static KeyPair keyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	@Override
	public void close() throws IOException {
		this.server.stop(true);
	}

}
