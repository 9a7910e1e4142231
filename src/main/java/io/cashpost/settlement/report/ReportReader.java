package io.cashpost.settlement.report;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.SettlementBatch;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.SettlementPart;
import io.cashpost.settlement.SettlementReader;

/**
 * The shared base of the report readers: streams the file's records, hands each to the
 * reader of the report, adds every row to its batch's totals, and after the last row
 * yields the batches with the checks the reader added.
 */
public abstract class ReportReader implements SettlementReader {

	private final SettlementFormat format;

	private final String file;

	private final CsvRecords records;

	private final BatchBook book;

	private Deque<SettlementBatch> summaries;

	private int rows;

	protected ReportReader(SettlementFormat format, Path path, String file, char separator, boolean payoutFromRows) {
		this.format = format;
		this.file = file;
		this.records = CsvRecords.open(path, file, separator);
		this.book = new BatchBook(payoutFromRows);
	}

	@Override
	public SettlementFormat format() {
		return this.format;
	}

	@Override
	public final SettlementPart next() {
		if (this.summaries != null) {
			return this.summaries.poll();
		}
		for (CsvRecords.Record record = this.records.next(); record != null; record = this.records.next()) {
			CardTransaction row = read(record, this.rows + 1);
			if (row != null) {
				this.rows++;
				this.book.add(row);
				return row;
			}
		}
		finish(this.book);
		this.summaries = new ArrayDeque<>(this.book.summaries());
		return this.summaries.poll();
	}

	/**
	 * Reads one record of the file.
	 * @param rowIndex the index the row gets if the record is a row
	 * @return the row, or {@code null} for a record that is no row (a header, a footer)
	 */
	protected abstract CardTransaction read(CsvRecords.Record record, int rowIndex);

	/** Adds the report's control totals to its batches once every row is read. */
	protected void finish(BatchBook book) {
	}

	/** Notes where the row's batch is paid out, for reports without payout rows. */
	protected void notePayout(CardTransaction row, String reference, java.time.LocalDate date) {
		this.book.notePayout(row, reference, date);
	}

	/** The file's name as messages give it. */
	protected String file() {
		return this.file;
	}

	@Override
	public void close() {
		this.records.close();
	}

}
