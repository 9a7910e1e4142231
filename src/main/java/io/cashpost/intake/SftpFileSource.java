package io.cashpost.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.sshd.sftp.client.SftpClient.DirEntry;

import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.integration.file.remote.session.Session;
import org.springframework.integration.metadata.ConcurrentMetadataStore;
import org.springframework.integration.sftp.filters.SftpPersistentAcceptOnceFileListFilter;
import org.springframework.integration.sftp.filters.SftpSimplePatternFileListFilter;
import org.springframework.integration.sftp.session.DefaultSftpSessionFactory;
import org.springframework.integration.sftp.session.SftpRemoteFileTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SFTP server polled for new statement files. Each new file is marked in the
 * persistent accept-once filter and downloaded to the local spool in one database
 * transaction: a crash before the commit leaves it unmarked (fetched again next time),
 * after the commit it is complete in the spool (processed next time). Either way no file
 * is lost, and no restart fetches a file twice. The server's host key must be in the
 * configured {@code known_hosts}.
 */
class SftpFileSource implements FileSource, AutoCloseable {

	private static final Log logger = LogFactory.getLog(SftpFileSource.class);

	private final String name;

	private final SftpSourceProperties properties;

	private final Path spool;

	private final SftpPersistentAcceptOnceFileListFilter acceptOnce;

	private final SftpSimplePatternFileListFilter pattern;

	private final TransactionTemplate transactions;

	private final Environment environment;

	private DefaultSftpSessionFactory sessions;

	SftpFileSource(String name, SftpSourceProperties properties, Path spool, ConcurrentMetadataStore metadata,
			TransactionTemplate transactions, Environment environment) {
		this.name = name;
		this.properties = properties;
		this.spool = spool;
		this.acceptOnce = new SftpPersistentAcceptOnceFileListFilter(metadata, "sftp:" + name + ":");
		this.pattern = new SftpSimplePatternFileListFilter(properties.pattern());
		this.transactions = transactions;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "sftp:" + this.name;
	}

	@Override
	public Duration pollInterval() {
		return this.properties.pollInterval();
	}

	@Override
	public synchronized List<Path> collect() {
		SftpRemoteFileTemplate template = new SftpRemoteFileTemplate(sessions());
		template.execute((session) -> {
			for (DirEntry entry : session.list(this.properties.remoteDir())) {
				if (wanted(entry)) {
					fetch(session, entry);
				}
			}
			return null;
		});
		return spooled();
	}

	@Override
	public void release(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + file + ": " + ex.getMessage(), ex);
		}
	}

	@Override
	public synchronized void close() {
		if (this.sessions != null) {
			this.sessions.destroy();
			this.sessions = null;
		}
	}

	private boolean wanted(DirEntry entry) {
		String fileName = entry.getFilename();
		return !entry.getAttributes().isDirectory() && !fileName.startsWith(".") && this.pattern.accept(entry)
				&& !(this.properties.afterPickup() == SftpSourceProperties.AfterPickup.RENAME
						&& fileName.endsWith(this.properties.renameSuffix()));
	}

	private void fetch(Session<DirEntry> session, DirEntry entry) {
		String remote = remotePath(entry.getFilename());
		Path target = this.spool.resolve(Path.of(entry.getFilename()).getFileName().toString());
		Boolean fetched = this.transactions.execute((status) -> {
			if (!this.acceptOnce.accept(entry)) {
				return false;
			}
			download(session, remote, target);
			return true;
		});
		if (Boolean.TRUE.equals(fetched)) {
			logger.info(name() + ": fetched " + remote + " (" + entry.getAttributes().getSize() + " bytes)");
			afterPickup(session, remote);
		}
	}

	private static void download(Session<DirEntry> session, String remote, Path target) {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try {
			Files.createDirectories(target.getParent());
			try (OutputStream out = Files.newOutputStream(part)) {
				session.read(remote, out);
			}
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot fetch " + remote + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * The file is safe in the spool and marked as fetched: failing to tidy up on the
	 * server is worth a warning, not a failure.
	 */
	private void afterPickup(Session<DirEntry> session, String remote) {
		try {
			switch (this.properties.afterPickup()) {
				case RENAME -> session.rename(remote, remote + this.properties.renameSuffix());
				case DELETE -> session.remove(remote);
				default -> {
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn(name() + ": fetched " + remote + " but could not "
					+ this.properties.afterPickup().name().toLowerCase() + " it on the server: " + ex.getMessage());
		}
	}

	private String remotePath(String fileName) {
		String dir = this.properties.remoteDir();
		return dir.endsWith("/") ? dir + fileName : dir + "/" + fileName;
	}

	private List<Path> spooled() {
		if (!Files.isDirectory(this.spool)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.spool)) {
			List<Path> complete = new ArrayList<>();
			files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().endsWith(".part"))
				.sorted(Comparator.comparing(Path::getFileName))
				.forEach(complete::add);
			return complete;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.spool + ": " + ex.getMessage(), ex);
		}
	}

	/** Built on first use, so that a missing secret fails the poll, not every command. */
	private synchronized DefaultSftpSessionFactory sessions() {
		if (this.sessions == null) {
			DefaultSftpSessionFactory factory = new DefaultSftpSessionFactory(false);
			factory.setHost(this.properties.host());
			factory.setPort(this.properties.port());
			factory.setUser(this.properties.user());
			factory.setTimeout((int) this.properties.timeout().toMillis());
			factory.setKnownHostsResource(new FileSystemResource(this.properties.knownHosts()));
			factory.setAllowUnknownKeys(false);
			if (this.properties.passwordEnv() != null) {
				factory.setPassword(secret(this.properties.passwordEnv()));
			}
			else if (this.properties.privateKeyEnv() != null) {
				factory.setPrivateKey(new ByteArrayResource(
						secret(this.properties.privateKeyEnv()).getBytes(StandardCharsets.UTF_8)));
			}
			else {
				factory.setPrivateKey(new FileSystemResource(this.properties.privateKeyFile()));
			}
			if (this.properties.privateKeyPassphraseEnv() != null) {
				factory.setPrivateKeyPassphrase(secret(this.properties.privateKeyPassphraseEnv()));
			}
			this.sessions = factory;
		}
		return this.sessions;
	}

	private String secret(String variable) {
		String value = this.environment.getProperty(variable);
		if (value == null || value.isEmpty()) {
			throw new IllegalStateException(name() + ": the environment variable " + variable + " is not set");
		}
		return value;
	}

}
