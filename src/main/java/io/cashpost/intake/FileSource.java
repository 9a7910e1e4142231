package io.cashpost.intake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Somewhere statement files arrive: an SFTP server, the inbox folder. A source hands over
 * complete files only, and forgets a file once it was processed.
 */
public interface FileSource {

	/** How files of this source are labelled: {@code inbox}, {@code sftp:NAME}. */
	String name();

	/** How often {@code serve} asks for new files. */
	Duration pollInterval();

	/**
	 * Complete files ready to be processed, oldest first: files left over from an earlier
	 * run that was cut off come again, so that none is lost.
	 */
	List<Path> collect();

	/**
	 * The file was processed (archived, quarantined, or refused as a duplicate): remove
	 * the delivered copy.
	 */
	void release(Path file);

}
