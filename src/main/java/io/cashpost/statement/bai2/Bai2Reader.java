package io.cashpost.statement.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;

/**
 * Streams a BAI2 file (Cash Management Balance Reporting Specifications, version 2)
 * record by record. Each account (03 to 49) of each group (02 to 98) is one statement:
 * its details (16) are its transactions, then its summary. The control totals and record
 * counts of every trailer (49, 98, 99) are checked; a file that disagrees with itself is
 * refused with the line and the figures.
 */
public final class Bai2Reader implements StatementReader {

	private static final StatementFormat FORMAT = new StatementFormat("BAI2", "BAI2");

	private static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");

	private final String file;

	private final PhysicalLines lines;

	private final LogicalRecords records;

	private final Map<String, Integer> statementRefs = new HashMap<>();

	private boolean started;

	private boolean ended;

	private String sender;

	private Group group;

	private Account account;

	private long fileControlTotal;

	private int groups;

	private int fileRecords;

	private int entries;

	public Bai2Reader(InputStream in, String fileName) {
		this.file = fileName;
		this.lines = new PhysicalLines(in);
		this.records = new LogicalRecords(new RecordScanner(this.lines, fileName));
	}

	@Override
	public StatementFormat format() {
		return FORMAT;
	}

	@Override
	public StatementPart next() {
		try {
			for (Bai2Record record = this.records.next(); record != null; record = this.records.next()) {
				StatementPart part = read(record);
				if (part != null) {
					return part;
				}
			}
			return end();
		}
		catch (UncheckedIOException ex) {
			throw new StatementReadException(this.file, "line " + this.records.lastLine(),
					"cannot be read: " + ex.getCause().getMessage(), ex);
		}
	}

	private StatementPart read(Bai2Record record) {
		try {
			if (!this.started && record.code() != 1) {
				throw new RecordProblem("expected the file header (01): a BAI2 file starts with one");
			}
			this.fileRecords += record.recordCount();
			return switch (record.code()) {
				case 1 -> fileHeader(record);
				case 2 -> groupHeader(record);
				case 3 -> accountHeader(record);
				case 16 -> detail(record);
				case 49 -> accountTrailer(record);
				case 98 -> groupTrailer(record);
				case 99 -> fileTrailer(record);
				case LogicalRecords.CONTINUATION ->
					throw new RecordProblem("continuation record (88) with no record before it to continue");
				default -> throw new RecordProblem("unknown record type: BAI2 has 01, 02, 03, 16, 49, 88, 98 and 99");
			};
		}
		catch (RecordProblem ex) {
			throw new StatementReadException(this.file, record.position(), ex.getMessage());
		}
		catch (ArithmeticException ex) {
			throw new StatementReadException(this.file, record.position(), "amounts add up beyond 18 digits");
		}
	}

	private StatementPart fileHeader(Bai2Record record) {
		if (this.started) {
			throw new RecordProblem("a second file header (01) in the file");
		}
		this.started = true;
		Fields fields = record.fields();
		this.sender = fields.next();
		// receiver, creation date and time, file id, physical record length, block size
		for (int i = 0; i < 6; i++) {
			fields.next();
		}
		String version = fields.next();
		if (!"2".equals(version)) {
			throw new RecordProblem("BAI version '" + ((version != null) ? version : "")
					+ "' in the file header: this reader reads version 2");
		}
		return null;
	}

	private StatementPart groupHeader(Bai2Record record) {
		requireFile("group header (02)");
		if (this.group != null) {
			throw new RecordProblem(
					"group header (02) before the trailer (98) of the group that starts at line " + this.group.line);
		}
		Fields fields = record.fields();
		fields.next(); // ultimate receiver
		String originator = fields.next();
		fields.next(); // group status
		String asOfDate = fields.next();
		fields.next(); // as-of time
		String currency = fields.next();
		if (asOfDate == null || asOfDate.isEmpty()) {
			throw new RecordProblem("group header (02) without its as-of date");
		}
		this.group = new Group((originator == null || originator.isEmpty()) ? this.sender : originator,
				FieldValues.date(asOfDate, "as-of date"), AccountHeader.currency(currency, null), record.line());
		this.group.countRecords(record.recordCount());
		return null;
	}

	private StatementPart accountHeader(Bai2Record record) {
		requireGroup("account header (03)");
		if (this.account != null) {
			throw new RecordProblem("account header (03) before the trailer (49) of account " + this.account.number);
		}
		Currency fallback = (this.group.currency != null) ? this.group.currency : DEFAULT_CURRENCY;
		this.account = AccountHeader.read(record, fallback, this::statementRef);
		countInGroup(record);
		return null;
	}

	private StatementPart detail(Bai2Record record) {
		requireAccount("transaction detail (16)");
		countInGroup(record);
		this.entries++;
		return TransactionDetail.read(record, this.account, this.group, this.entries);
	}

	private StatementPart accountTrailer(Bai2Record record) {
		requireAccount("account trailer (49)");
		countInGroup(record);
		Fields fields = record.fields();
		String what = "account " + this.account.number;
		ControlFigures.check(what + ": the account control total", fields.next(), this.account.controlTotal(),
				"the amounts of its 03 and 16 records add up to");
		ControlFigures.check(what + ": the number of records", fields.next(), this.account.records(),
				"the account has (03 to 49, continuations included)");
		this.group.account(this.account.controlTotal());
		StatementPart summary = this.account.summary();
		this.account = null;
		return summary;
	}

	private StatementPart groupTrailer(Bai2Record record) {
		requireGroup("group trailer (98)");
		if (this.account != null) {
			throw new RecordProblem("group trailer (98) before the trailer (49) of account " + this.account.number);
		}
		this.group.countRecords(record.recordCount());
		Fields fields = record.fields();
		String what = "the group that starts at line " + this.group.line + ": ";
		ControlFigures.check(what + "the group control total", fields.next(), this.group.controlTotal(),
				"its account control totals add up to");
		ControlFigures.check(what + "the number of accounts", fields.next(), this.group.accounts(), "the group has");
		ControlFigures.check(what + "the number of records", fields.next(), this.group.records(),
				"the group has (02 to 98, continuations included)");
		this.fileControlTotal = Math.addExact(this.fileControlTotal, this.group.controlTotal());
		this.groups++;
		this.group = null;
		return null;
	}

	private StatementPart fileTrailer(Bai2Record record) {
		requireFile("file trailer (99)");
		if (this.group != null) {
			throw new RecordProblem(
					"file trailer (99) before the trailer (98) of the group that starts at line " + this.group.line);
		}
		Fields fields = record.fields();
		ControlFigures.check("the file control total", fields.next(), this.fileControlTotal,
				"its group control totals add up to");
		ControlFigures.check("the number of groups", fields.next(), this.groups, "the file has");
		ControlFigures.check("the number of records", fields.next(), this.fileRecords,
				"the file has (01 to 99, continuations included)");
		this.ended = true;
		return null;
	}

	private StatementPart end() {
		if (this.ended) {
			return null;
		}
		String position = "line " + this.records.lastLine();
		if (!this.started) {
			throw new StatementReadException(this.file, null, "no BAI2 records: the file is empty");
		}
		String inside = (this.account != null) ? " inside account " + this.account.number
				: (this.group != null) ? " inside the group that starts at line " + this.group.line : "";
		throw new StatementReadException(this.file, position,
				"truncated: the file ends" + inside + " without its file trailer (99)");
	}

	private void requireFile(String what) {
		if (!this.started) {
			throw new RecordProblem(what + " before the file header (01): a BAI2 file starts with 01");
		}
		if (this.ended) {
			throw new RecordProblem(what + " after the file trailer (99)");
		}
	}

	private void requireGroup(String what) {
		requireFile(what);
		if (this.group == null) {
			throw new RecordProblem(what + " outside a group (02 to 98)");
		}
	}

	private void requireAccount(String what) {
		requireGroup(what);
		if (this.account == null) {
			throw new RecordProblem(what + " outside an account (03 to 49)");
		}
	}

	private void countInGroup(Bai2Record record) {
		this.account.countRecords(record.recordCount());
		this.group.countRecords(record.recordCount());
	}

	/**
	 * Originator, as-of date and account; numbered from the second time the same account
	 * comes.
	 */
	private String statementRef(String number) {
		String ref = this.group.originator + "/" + this.group.asOfDate + "/" + number;
		int seen = this.statementRefs.merge(ref, 1, Integer::sum);
		return (seen == 1) ? ref : ref + "/" + seen;
	}

	@Override
	public void close() {
		try {
			this.lines.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
