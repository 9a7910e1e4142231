package io.cashpost.statement;

/**
 * Streams one statement file, one part at a time, so memory stays flat whatever the
 * file's size. Not thread-safe; close it when done.
 */
public interface StatementReader extends AutoCloseable {

	/** The format and version of the file, e.g. {@code camt.053.001.08}. */
	StatementFormat format();

	/**
	 * The next part in document order: each transaction, then its statement's summary
	 * after the statement's last transaction.
	 * @return the next part, or {@code null} at the end of the file
	 * @throws StatementReadException when the file is malformed, naming the entry or line
	 */
	StatementPart next();

	@Override
	void close();

}
