package io.cashpost.settlement;

/**
 * Streams one settlement report, one row at a time, so memory stays flat whatever the
 * report's size: it keeps only a running total per batch. Not thread-safe; close it when
 * done.
 */
public interface SettlementReader extends AutoCloseable {

	/** What report the file is. */
	SettlementFormat format();

	/**
	 * The next part: each row in file order, then each batch's summary.
	 * @return the next part, or {@code null} at the end
	 * @throws SettlementReadException when the file is malformed, naming the line
	 */
	SettlementPart next();

	@Override
	void close();

}
