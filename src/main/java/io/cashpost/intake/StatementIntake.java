package io.cashpost.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.cashpost.statement.StatementFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers every file before anything reads it: its SHA-256 makes a second delivery of
 * the same bytes impossible, and the original is archived unchanged. A file that fails is
 * quarantined with its reason, and whatever was staged from it is discarded.
 */
@Service
public class StatementIntake {

	private static final String REGISTER = """
			insert into statement_file (sha256, file_name, size_bytes, status, received_at, source)
			values (:sha256, :fileName, :size, 'received', :receivedAt, :source)
			on conflict (sha256) do nothing
			returning file_id
			""";

	private static final String REFUSED = """
			insert into file_refusal (file_name, sha256, source, refused_at, earlier_file_id, reason)
			values (:fileName, :sha256, :source, :refusedAt, :earlierFileId, :reason)
			""";

	private static final String EARLIER_DELIVERY = """
			select f.file_id, f.file_name, f.status, f.format, f.received_at, f.archived_path,
			       exists (select 1 from bank_transaction t
			                where t.file_id = f.file_id and t.match_status = 'new') as undecided
			  from statement_file f
			 where f.sha256 = :sha256
			""";

	private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final IntakeProperties properties;

	private final StagedTransactions staged;

	private final Clock clock;

	StatementIntake(JdbcClient jdbc, IntakeProperties properties, StagedTransactions staged, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.staged = staged;
		this.clock = clock;
	}

	/**
	 * Registers and archives the file. A file whose earlier processing was cut off (a
	 * crash before it was staged, or before all its transactions were matched) is handed
	 * back to finish it, not refused.
	 * @throws DuplicateFileException when the same bytes were received and fully
	 * processed before
	 */
	@Transactional
	public ReceivedFile receive(Path file) {
		return receive(file, "cli");
	}

	/**
	 * Registers and archives the file, noting where it came from.
	 * @param file the file
	 * @param source {@code cli}, {@code inbox}, {@code upload} or {@code sftp:NAME}
	 * @return the registered file, or the earlier registration of the same bytes when its
	 * processing was cut off ({@link ReceivedFile#resumed()})
	 * @throws DuplicateFileException when the same bytes were received and fully
	 * processed before
	 */
	@Transactional
	public ReceivedFile receive(Path file, String source) {
		String name = file.getFileName().toString();
		String sha256 = sha256(file);
		Optional<Long> registered = this.jdbc.sql(REGISTER)
			.param("sha256", sha256)
			.param("fileName", name)
			.param("size", size(file))
			.param("receivedAt", Timestamp.from(this.clock.instant()))
			.param("source", source)
			.query(Long.class)
			.optional();
		if (registered.isEmpty()) {
			return unfinished(name, sha256);
		}
		long fileId = registered.get();
		Path archived = copy(file,
				this.properties.archive()
					.resolve(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)).toString())
					.resolve(sha256.substring(0, 12) + "-" + name));
		this.jdbc.sql("update statement_file set archived_path = :path where file_id = :id")
			.param("path", archived.toString())
			.param("id", fileId)
			.update();
		return new ReceivedFile(fileId, name, sha256, archived);
	}

	/** Marks the file's transactions ready for matching. */
	@Transactional
	public void markIngested(long fileId, StatementFormat format) {
		this.jdbc.sql("""
				update statement_file set status = 'ingested', format = :format, ingested_at = :now, reason = null
				 where file_id = :id
				""")
			.param("format", format.version())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", fileId)
			.update();
	}

	/** Quarantines the file with its reason; nothing staged from it survives. */
	@Transactional
	public void quarantine(ReceivedFile file, String reason) {
		this.staged.discard(file.fileId());
		this.jdbc.sql("update statement_file set status = 'quarantined', reason = :reason where file_id = :id")
			.param("reason", reason)
			.param("id", file.fileId())
			.update();
		if (Files.exists(file.archived())) {
			copy(file.archived(), this.properties.quarantine().resolve(file.archived().getFileName()));
		}
	}

	/**
	 * Records a refused delivery, so that every file that came is accounted for: the
	 * {@code files} command lists it with the reason.
	 */
	@Transactional
	public void refused(DuplicateFileException refusal, String source) {
		this.jdbc.sql(REFUSED)
			.param("fileName", refusal.fileName())
			.param("sha256", refusal.sha256())
			.param("source", source)
			.param("refusedAt", Timestamp.from(this.clock.instant()))
			.param("earlierFileId", refusal.earlierFileId())
			.param("reason", refusal.getMessage())
			.update();
	}

	/**
	 * The earlier registration of the same bytes when its processing is unfinished: it
	 * was cut off while staging (still {@code received}) or while matching (ingested,
	 * some transactions undecided). Anything else was fully processed and is refused.
	 */
	private ReceivedFile unfinished(String name, String sha256) {
		Map<String, Object> earlier = this.jdbc.sql(EARLIER_DELIVERY).param("sha256", sha256).query().singleRow();
		long fileId = ((Number) earlier.get("file_id")).longValue();
		String status = (String) earlier.get("status");
		String archived = (String) earlier.get("archived_path");
		if ("received".equals(status) && archived != null) {
			return new ReceivedFile(fileId, name, sha256, Path.of(archived), ReceivedFile.Resumption.STAGING, null);
		}
		if ("ingested".equals(status) && Boolean.TRUE.equals(earlier.get("undecided"))) {
			return new ReceivedFile(fileId, name, sha256, (archived != null) ? Path.of(archived) : null,
					ReceivedFile.Resumption.MATCHING, (String) earlier.get("format"));
		}
		Instant receivedAt = ((Timestamp) earlier.get("received_at")).toInstant();
		throw new DuplicateFileException(
				name + ": refused, the same bytes were already received as '" + earlier.get("file_name") + "' on "
						+ RECEIVED_AT.format(receivedAt) + " (file " + fileId + ", " + status + ")",
				name, sha256, fileId);
	}

	private static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot be read: " + ex.getMessage(), ex);
		}
	}

	private static Path copy(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + ex.getMessage(), ex);
		}
	}

}
