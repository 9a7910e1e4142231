package io.cashpost.statement;

/**
 * Something a reader forgave in a file: a deviation from the format whose meaning was
 * unambiguous (and, where the statement has balances, confirmed by them). The file is
 * read; the warning is kept with it so that a person can see what was assumed and tell
 * the bank.
 *
 * @param file the file's name as given to the reader
 * @param position where in the file, e.g. {@code entry 3 (line 42)} or
 * {@code statement 2, line 17 (:61:)}; {@code null} when it concerns the whole file
 * @param message what deviated and how it was read
 */
public record StatementWarning(String file, String position, String message) {

	/** The warning without the file's name: {@code entry 3 (line 42): ...}. */
	public String withinFile() {
		return (this.position != null) ? this.position + ": " + this.message : this.message;
	}

	/** The warning as one line, worded like a read failure: file, position, message. */
	@Override
	public String toString() {
		return this.file + ((this.position != null) ? ", " + this.position + ": " : ": ") + this.message;
	}

}
