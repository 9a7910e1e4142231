package io.cashpost.statement;

/**
 * A statement file that cannot be read or does not add up. The message names the file and
 * the place in it, so that one line on a console tells a treasury engineer what to look
 * at.
 */
public class StatementReadException extends RuntimeException {

	private final String file;

	private final String position;

	public StatementReadException(String file, String position, String problem) {
		this(file, position, problem, null);
	}

	public StatementReadException(String file, String position, String problem, Throwable cause) {
		super(describe(file, position, problem), cause);
		this.file = file;
		this.position = position;
	}

	/** The file's name as given. */
	public String file() {
		return this.file;
	}

	/** Where in the file, e.g. {@code entry 17 (line 342)}, or {@code null}. */
	public String position() {
		return this.position;
	}

	private static String describe(String file, String position, String problem) {
		return (position != null) ? file + ", " + position + ": " + problem : file + ": " + problem;
	}

}
