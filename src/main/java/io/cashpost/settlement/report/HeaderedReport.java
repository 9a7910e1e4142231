package io.cashpost.settlement.report;

import java.nio.file.Path;
import java.util.List;

import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.SettlementReadException;

/**
 * A report whose first record names the columns and every further record is a row.
 */
public abstract class HeaderedReport extends ReportReader {

	private Header header;

	protected HeaderedReport(SettlementFormat format, Path path, String file, char separator, boolean payoutFromRows) {
		super(format, path, file, separator, payoutFromRows);
	}

	@Override
	protected final CardTransaction read(CsvRecords.Record record, int rowIndex) {
		if (this.header == null) {
			this.header = new Header(record.fields(), record.line());
			List<String> missing = this.header.missing(requiredColumns());
			if (!missing.isEmpty()) {
				throw new SettlementReadException(file(), "line " + record.line(), "the header lacks the column(s) "
						+ String.join(", ", missing) + " that every " + format().name() + " has");
			}
			return null;
		}
		return read(new Row(file(), this.header, record), rowIndex);
	}

	/** The columns the report cannot be read without. */
	protected abstract List<String> requiredColumns();

	/** Reads one row. */
	protected abstract CardTransaction read(Row row, int rowIndex);

}
