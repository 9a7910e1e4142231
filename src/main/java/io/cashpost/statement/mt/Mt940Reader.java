package io.cashpost.statement.mt;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementWarnings;

/**
 * Reads SWIFT MT940 customer statements and MT942 interim transaction reports, streaming:
 * one field, and one statement line with its field 86, at a time, so a file of a million
 * entries reads in flat memory. Files may hold many messages, with or without the SWIFT
 * envelope, with LF or CRLF line ends, in UTF-8 or Windows-1252 (detected).
 * <p>
 * Each statement line becomes a transaction, each statement a summary after its last
 * line. A statement that misses its opening balance or (unless the file is cut short) its
 * closing balance, a field that does not parse, and an MT942 whose
 * {@code :90D:}/{@code :90C:} totals disagree with its entries are refused with the file,
 * the statement and the line. Balances that do not add up are reported in the summary,
 * not refused here.
 * <p>
 * What banks get wrong harmlessly is read, with a warning on the statement's summary: a
 * statement without account identification ({@code :25:}; read without an account), a
 * statement line without transaction type ({@code :61:...C220000,00//REF}), text lines
 * beginning with {@code -}, a placeholder instead of the message type in the envelope, a
 * closing balance without currency (the opening balance's is the statement's).
 * <p>
 * MT942 entries come out as {@link EntryStatus#INFO}: the end-of-day MT940 books them
 * (German banks report entries not yet booked in it), and posting both would post twice.
 * Like every non-booked entry they stay out of the summary's sums; a report has no
 * balance verdict, but its {@code :90D:}/{@code :90C:} totals are checked against all its
 * entries.
 * <p>
 * A statement's reference is {@code :20:/:28C:/date}, the date being the opening
 * balance's (or an MT942's report time): German banks send the same {@code :20:}
 * ({@code STARTUMS}) in every statement, so {@code :20:} alone does not tell them apart.
 */
public final class Mt940Reader implements StatementReader {

	/** More {@code :86:} fields after one statement line than any bank sends. */
	private static final int MAX_INFORMATION_FIELDS = 64;

	private static final StatementFormat MT940 = new StatementFormat("MT940", "MT940");

	private static final StatementFormat MT942 = new StatementFormat("MT942", "MT942");

	private final String fileName;

	private final MtLines lines;

	private final MtFields fields;

	private final StatementWarnings warnings;

	private final List<String> information = new ArrayList<>();

	private StatementFormat format;

	private OpenStatement statement;

	private StatementLine entry;

	private MtField entryField;

	private MtField current;

	private int statements;

	private int entries;

	private boolean finished;

	/**
	 * Reads the file, detecting UTF-8 or Windows-1252; {@link #close()} closes the
	 * stream.
	 */
	public Mt940Reader(InputStream in, String fileName) {
		this(in, fileName, null);
	}

	/**
	 * Reads the file in the given charset; {@link #close()} closes the stream.
	 * @param charset the charset, or {@code null} to detect UTF-8 or Windows-1252
	 */
	public Mt940Reader(InputStream in, String fileName, Charset charset) {
		this.fileName = fileName;
		this.lines = new MtLines(in, charset);
		this.warnings = new StatementWarnings(fileName);
		this.fields = new MtFields(this.lines, this.warnings);
	}

	/** MT940, or MT942 when the envelope or the first message's fields say so. */
	@Override
	public StatementFormat format() {
		if (this.format == null) {
			this.format = guarded(this::detectFormat);
		}
		return this.format;
	}

	@Override
	public StatementPart next() {
		return this.finished ? null : guarded(this::advance);
	}

	/** Runs a step of reading; a failure ends the reading and names the place. */
	private <T> T guarded(Supplier<T> step) {
		try {
			return step.get();
		}
		catch (MtFieldException ex) {
			this.finished = true;
			throw failure(ex);
		}
		catch (UncheckedIOException ex) {
			this.finished = true;
			throw new StatementReadException(this.fileName, "line " + this.fields.line(),
					"cannot be read: " + ex.getCause().getMessage(), ex);
		}
	}

	@Override
	public void close() {
		this.lines.close();
	}

	private StatementPart advance() {
		while (true) {
			MtField field = this.fields.next();
			if (field == null) {
				return endOfFile();
			}
			if (this.entry != null && field.is("86")) {
				addInformation(field);
				continue;
			}
			if (this.entry != null) {
				this.fields.pushBack(field);
				return transaction();
			}
			this.current = field;
			StatementPart part = accept(field);
			if (part != null) {
				return part;
			}
		}
	}

	private StatementPart accept(MtField field) {
		if (field.isEnd()) {
			return (this.statement != null) ? summary(false) : null;
		}
		if (field.is("20")) {
			return startStatement(field);
		}
		if (this.statement == null) {
			if (!field.is("NS")) {
				throw new MtFieldException("field outside a statement: no :20: before it");
			}
			return null;
		}
		read(field);
		return null;
	}

	private StatementPart startStatement(MtField field) {
		if (this.statement != null) {
			// a statement without trailer: the next :20: ends it
			this.fields.pushBack(field);
			return summary(false);
		}
		String type = field.messageType();
		if (type != null && !type.equals("940") && !type.equals("942")) {
			throw new MtFieldException("the envelope declares message type " + type + ", not MT940 or MT942");
		}
		format();
		this.statement = new OpenStatement(++this.statements, field);
		return null;
	}

	private void read(MtField field) {
		switch (field.tag()) {
			case "25", "25P" -> this.statement.account(field.value());
			case "28C", "28" -> this.statement.sequence(field.value());
			case "60F", "60M" -> this.statement.opening(Balance.parse(field.value()));
			case "62F", "62M" -> closing(field);
			case "34F" -> this.statement.floorLimit(field.value());
			case "13D" -> this.statement.reportTime(field.value());
			case "90D", "90C" -> this.statement.totals(field, EntryTotals.parse(field.value()));
			case "61" -> startEntry(field);
			default -> {
				// :21:, :64:, :65:, :NS: and a statement's closing :86: carry nothing to
				// post
			}
		}
	}

	private void closing(MtField field) {
		Balance balance = Balance.parse(field.value());
		this.statement.closing(balance);
		if (balance.currency() == null) {
			this.warnings.add("balance without currency",
					"statement " + this.statement.number() + ", line " + field.line() + " " + field.label(),
					"the closing balance has no currency after its date: read in the opening balance's currency "
							+ this.statement.currency().getCurrencyCode());
		}
	}

	private void startEntry(MtField field) {
		this.statement.beforeEntry(isReportFile());
		this.entry = StatementLine.parse(field.value());
		this.entryField = field;
		if (this.entry.type() == null) {
			this.warnings.add("statement line without type",
					"statement " + this.statement.number() + ", line " + field.line() + " (:61:)",
					"the statement line has no transaction type (e.g. NTRF) after its amount: read without one");
		}
		this.information.clear();
	}

	private void addInformation(MtField field) {
		if (this.information.size() == MAX_INFORMATION_FIELDS) {
			this.current = field;
			throw new MtFieldException("more than " + MAX_INFORMATION_FIELDS + " :86: fields after one statement line");
		}
		this.information.add(field.value());
	}

	private BankTransaction transaction() {
		this.current = this.entryField;
		OwnerInformation details = OwnerInformation.parse(this.information);
		boolean report = this.statement.isReport(isReportFile());
		EntryStatus status = StatementEntry.status(report, this.entry);
		BigDecimal amount = this.statement.add(this.entry, status.isBooked());
		StatementEntry.Context context = new StatementEntry.Context(this.statement.statementRef(),
				this.statement.account(), this.statement.currency(), ++this.entries, this.entryField.line(), amount,
				status);
		BankTransaction transaction = StatementEntry.toTransaction(context, this.entry, details);
		this.entry = null;
		this.information.clear();
		return transaction;
	}

	private StatementPart summary(boolean endOfFile) {
		StatementPart summary = this.statement.summary(isReportFile(), endOfFile, this.warnings);
		this.statement = null;
		return summary;
	}

	private StatementPart endOfFile() {
		if (this.entry != null) {
			return transaction();
		}
		this.current = null;
		if (this.statement != null) {
			return summary(true);
		}
		this.finished = true;
		if (this.statements == 0) {
			throw new MtFieldException("no MT940 or MT942 statement in the file (no :20: field)");
		}
		return null;
	}

	private boolean isReportFile() {
		return format() == MT942;
	}

	/**
	 * Looks ahead into the first message, without consuming it, until a field tells a
	 * statement (a balance, a statement line) from an intraday report (floor limit,
	 * report time, totals).
	 */
	private StatementFormat detectFormat() {
		List<MtField> seen = new ArrayList<>();
		String type = null;
		while (type == null) {
			MtField field = this.fields.next();
			if (field == null) {
				break;
			}
			seen.add(field);
			type = (field.messageType() != null) ? field.messageType() : typeOf(field.tag());
		}
		for (int i = seen.size() - 1; i >= 0; i--) {
			this.fields.pushBack(seen.get(i));
		}
		return "942".equals(type) ? MT942 : MT940;
	}

	private static String typeOf(String tag) {
		return switch (tag) {
			case "34F", "13D", "90D", "90C" -> "942";
			case "60F", "60M", "61", "62F", "62M", MtField.END -> "940";
			default -> null;
		};
	}

	private StatementReadException failure(MtFieldException ex) {
		MtField field = (ex.field() != null) ? ex.field() : this.current;
		StringBuilder position = new StringBuilder();
		if (this.statement != null) {
			position.append("statement ").append(this.statement.number()).append(", ");
		}
		if (field != null) {
			position.append("line ").append(field.line()).append(' ').append(field.label());
		}
		else {
			position.append("line ").append(this.fields.line()).append(" (end of file)");
		}
		return new StatementReadException(this.fileName, position.toString(), ex.getMessage(), ex);
	}

}
