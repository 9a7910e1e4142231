package io.cashpost.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where received files come from and where they are kept.
 *
 * @param dir the intake folder: {@code archive/} holds every original unchanged,
 * {@code quarantine/} a copy of every file that failed, {@code incoming/} files fetched
 * or uploaded and not yet processed
 * @param inbox the folder watched for dropped files
 * @param sftp SFTP servers polled for new files, by name
 */
@ConfigurationProperties("cashpost.intake")
@Validated
public record IntakeProperties(@DefaultValue("./data") Path dir, @DefaultValue @Valid Inbox inbox,
		Map<String, @Valid SftpSourceProperties> sftp) {

	public IntakeProperties {
		sftp = (sftp != null) ? new TreeMap<>(sftp) : new TreeMap<>();
	}

	public Path archive() {
		return this.dir.resolve("archive");
	}

	public Path quarantine() {
		return this.dir.resolve("quarantine");
	}

	/** Files fetched or uploaded, kept here until they are processed. */
	public Path incoming() {
		return this.dir.resolve("incoming");
	}

	/** The inbox folder: {@code inbox.dir}, else {@code inbox/} in the intake folder. */
	public Path inboxDir() {
		return (this.inbox.dir() != null) ? this.inbox.dir() : this.dir.resolve("inbox");
	}

	/**
	 * The inbox folder watch.
	 *
	 * @param dir the folder; default {@code inbox/} in the intake folder
	 * @param stableFor a file is complete once it has not changed for this long (files
	 * renamed into place are complete at once, as long as they were written under a name
	 * starting with {@code .} or ending in {@code .part} or {@code .tmp})
	 * @param pollInterval how often {@code serve} looks into the folder
	 */
	public record Inbox(Path dir, @DefaultValue("2s") Duration stableFor, @DefaultValue("5s") Duration pollInterval) {

	}

}
