package io.cashpost.intake;

import java.nio.file.Path;

/**
 * A file registered for processing.
 *
 * @param fileId its id
 * @param fileName its name as received
 * @param sha256 the hash of its bytes, which makes it unique
 * @param archived the unchanged copy in the archive, which is what gets read
 * @param resumption what an earlier run of the same bytes left to do, if it was cut off
 * @param format the format it was read as, once it was staged
 */
public record ReceivedFile(long fileId, String fileName, String sha256, Path archived, Resumption resumption,
		String format) {

	/** A new delivery. */
	public ReceivedFile(long fileId, String fileName, String sha256, Path archived) {
		this(fileId, fileName, sha256, archived, Resumption.NONE, null);
	}

	/** Whether this run finishes what a run that was cut off began. */
	public boolean resumed() {
		return this.resumption != Resumption.NONE;
	}

	/**
	 * How far an earlier run of the same bytes got before it was cut off (a crash, a
	 * kill): what is left is finished, and the run counts as a success, not a duplicate.
	 */
	public enum Resumption {

		/** Nothing to resume: a new delivery. */
		NONE,

		/** Registered and archived; reading and staging its transactions was cut off. */
		STAGING,

		/** Staged; matching and posting its transactions was cut off. */
		MATCHING

	}

}
