package io.cashpost.intake;

import java.time.Instant;
import java.util.List;

/**
 * One delivery of a file, as {@code files} lists it.
 *
 * @param fileId the registered file's id; for a refused delivery, the id of the file the
 * same bytes came as first
 * @param receivedAt when it came
 * @param source {@code cli}, {@code inbox}, {@code upload} or {@code sftp:NAME}
 * @param fileName its name as delivered
 * @param status {@code received} (being processed, or cut off), {@code ingested},
 * {@code quarantined} or {@code refused}
 * @param format its format, once known
 * @param sizeBytes its size, or -1 for a refused delivery
 * @param reason why it was quarantined or refused, else {@code null}
 * @param confirmed entries whose money an earlier report (an intraday report during the
 * day) had posted, confirmed unchanged by this one
 * @param warnings what the reader forgave in the file, each as {@code position: message}
 * (e.g. {@code entry 3 (line 42): the entry has no status (Sts): read as booked ...}), in
 * file order; empty for most files
 */
public record FileRecord(long fileId, Instant receivedAt, String source, String fileName, String status, String format,
		long sizeBytes, String reason, int confirmed, List<String> warnings) {

	public FileRecord {
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/** A delivery without warnings. */
	public FileRecord(long fileId, Instant receivedAt, String source, String fileName, String status, String format,
			long sizeBytes, String reason, int confirmed) {
		this(fileId, receivedAt, source, fileName, status, format, sizeBytes, reason, confirmed, List.of());
	}

}
