package io.cashpost.intake;

/** The same bytes were received before: the file is refused, nothing is read twice. */
public class DuplicateFileException extends RuntimeException {

	private final String fileName;

	private final String sha256;

	private final long earlierFileId;

	DuplicateFileException(String message, String fileName, String sha256, long earlierFileId) {
		super(message);
		this.fileName = fileName;
		this.sha256 = sha256;
		this.earlierFileId = earlierFileId;
	}

	/** The name of the refused delivery. */
	public String fileName() {
		return this.fileName;
	}

	public String sha256() {
		return this.sha256;
	}

	/** The file the same bytes were received as first. */
	public long earlierFileId() {
		return this.earlierFileId;
	}

}
