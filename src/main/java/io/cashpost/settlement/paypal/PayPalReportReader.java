package io.cashpost.settlement.paypal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.SettlementReadException;
import io.cashpost.settlement.report.BatchBook;
import io.cashpost.settlement.report.CsvRecords;
import io.cashpost.settlement.report.Header;
import io.cashpost.settlement.report.Row;

/**
 * Reads PayPal's Settlement (STL) and Transaction Detail (TRR) reports. Each record's
 * first field is its type: {@code RH} report header, {@code FH} file header, {@code SH}
 * section header, {@code CH} column header, {@code SB} a row, {@code SF}/{@code SC}
 * section footer and count, {@code RF}/{@code RC} report footer and count, {@code FF}
 * file footer. Amounts are unsigned minor units with a separate debit/credit column. A
 * batch is a section's rows in one currency; the footers' totals (STL) or row counts
 * (TRR) are its control.
 */
public final class PayPalReportReader extends io.cashpost.settlement.report.ReportReader {

	public static final SettlementFormat SETTLEMENT = new SettlementFormat("paypal", "paypal-stl",
			"PayPal Settlement report (STL)");

	public static final SettlementFormat TRANSACTION_DETAIL = new SettlementFormat("paypal", "paypal-trr",
			"PayPal Transaction Detail Report (TRR)");

	private static final String DATE = "yyyy/MM/dd";

	private static final Set<String> RECORD_TYPES = Set.of("RH", "FH", "SH", "CH", "SB", "SF", "SC", "RF", "RC", "FF");

	private final Map<SumKey, Sums> sums = new HashMap<>();

	private final Map<Integer, Set<BatchBook.Key>> batchesBySection = new HashMap<>();

	private final List<Footer> footers = new ArrayList<>();

	private String account = "";

	private String sectionDate;

	private int section;

	private boolean framed;

	private long lastLine;

	private Header header;

	public PayPalReportReader(SettlementFormat format, Path path, String file) {
		super(format, path, file, ',', true);
	}

	@Override
	protected CardTransaction read(CsvRecords.Record record, int rowIndex) {
		String type = record.field(0).strip();
		this.lastLine = record.line();
		if (!RECORD_TYPES.contains(type)) {
			throw new SettlementReadException(file(), "line " + record.line(),
					"record type '" + type + "' is not one of PayPal's (RH, FH, SH, CH, SB, SF, SC, RF, RC, FF)");
		}
		switch (type) {
			case "RH" -> {
				this.framed = true;
				this.account = record.field(3).strip();
			}
			case "SH" -> {
				this.framed = true;
				this.section++;
				this.sectionDate = record.field(1).strip();
				if (!record.field(3).isBlank()) {
					this.account = record.field(3).strip();
				}
			}
			case "CH" -> this.header = new Header(record.fields(), record.line());
			case "SB" -> {
				return row(record, rowIndex);
			}
			case "SF", "RF" -> this.footers.add(new Footer(type, this.section, record));
			default -> {
			}
		}
		return null;
	}

	private CardTransaction row(CsvRecords.Record record, int rowIndex) {
		if (this.header == null) {
			throw new SettlementReadException(file(), "line " + record.line(),
					"a row (SB) before the column header (CH) that names its columns");
		}
		Row row = new Row(file(), this.header, record);
		CardTransaction transaction = new PayPalRow(row, this.account, batchId(row), rowIndex).read();
		add(row, transaction);
		return transaction;
	}

	/** The section's first day, else the day the transaction completed. */
	private String batchId(Row row) {
		String date = (this.sectionDate != null) ? this.sectionDate : row.text("Transaction Completion Date");
		if (date == null || date.length() < 10) {
			throw row.fail("no date for the row's batch: neither a section header (SH) nor a completion date");
		}
		return date.substring(0, 10).replace('/', '-');
	}

	/** What the footers will be checked against. */
	private void add(Row row, CardTransaction transaction) {
		this.batchesBySection.computeIfAbsent(this.section, (s) -> new LinkedHashSet<>())
			.add(new BatchBook.Key(transaction.merchantAccount(), transaction.batchId(), transaction.net().currency()));
		String grossCurrency = upper(row.text("Gross Transaction Currency"));
		String feeCurrency = upper(row.text("Fee Currency"));
		for (int scope : new int[] { this.section, -1 }) {
			sums(scope, null).rows++;
			Sums gross = sums(scope, grossCurrency);
			boolean credit = "CR".equalsIgnoreCase(row.text("Transaction Debit or Credit"));
			BigDecimal amount = PayPalRow.minorUnits(row, "Gross Transaction Amount");
			gross.add(credit ? 0 : 1, amount);
			if (feeCurrency != null) {
				boolean feeCredit = "CR".equalsIgnoreCase(row.text("Fee Debit or Credit"));
				sums(scope, feeCurrency).add(feeCredit ? 2 : 3, PayPalRow.minorUnits(row, "Fee Amount"));
			}
		}
	}

	private Sums sums(int scope, String currency) {
		return this.sums.computeIfAbsent(new SumKey(scope, currency), (k) -> new Sums());
	}

	@Override
	protected void finish(BatchBook book) {
		for (Footer footer : this.footers) {
			footer.check(book);
		}
		if (this.framed) {
			Set<BatchBook.Key> checked = new HashSet<>();
			this.footers.forEach((footer) -> checked.addAll(footer.checked));
			book.forEach((batch) -> {
				if (!checked.contains(batch.key())) {
					batch.problem("the report has no footer (SF or RF) with the totals of " + batch.key().currency()
							+ ": it ends at line " + this.lastLine + ", cut short?");
				}
			});
		}
	}

	private static String upper(String text) {
		return (text != null) ? text.toUpperCase(Locale.ROOT) : null;
	}

	private record SumKey(int scope, String currency) {
	}

	/** Gross credits and debits, fee credits and debits, in minor units; and rows. */
	private static final class Sums {

		private final BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };

		private int rows;

		void add(int index, BigDecimal amount) {
			if (amount != null) {
				this.totals[index] = this.totals[index].add(amount);
			}
		}

	}

	/**
	 * A footer record: an STL footer states a currency's totals, a TRR footer the number
	 * of rows.
	 */
	private final class Footer {

		private static final String[] TOTALS = { "total gross credits", "total gross debits", "total fee credits",
				"total fee debits" };

		private final String type;

		private final int section;

		private final CsvRecords.Record record;

		private final Set<BatchBook.Key> checked = new HashSet<>();

		Footer(String type, int section, CsvRecords.Record record) {
			this.type = type;
			this.section = section;
			this.record = record;
		}

		void check(BatchBook book) {
			String where = this.type.equals("SF") ? "the section footer (SF, line " + this.record.line() + ")"
					: "the report footer (RF, line " + this.record.line() + ")";
			int scope = this.type.equals("SF") ? this.section : -1;
			if (this.record.fields().size() <= 2) {
				checkCount(book, where, scope);
				return;
			}
			String currency = this.record.field(1).strip().toUpperCase(Locale.ROOT);
			Sums sums = PayPalReportReader.this.sums.getOrDefault(new SumKey(scope, currency), new Sums());
			book.forEach((batch) -> {
				if (inScope(batch.key(), scope) && batch.key().currency().getCurrencyCode().equals(currency)) {
					this.checked.add(batch.key());
					for (int i = 0; i < TOTALS.length; i++) {
						batch.check(where + " states " + TOTALS[i] + " of", stated(i + 2), sums.totals[i]);
					}
				}
			});
		}

		private void checkCount(BatchBook book, String where, int scope) {
			Sums sums = PayPalReportReader.this.sums.getOrDefault(new SumKey(scope, null), new Sums());
			BigDecimal stated = stated(1).movePointRight(2);
			book.forEach((batch) -> {
				if (inScope(batch.key(), scope)) {
					this.checked.add(batch.key());
					if (stated.intValue() == sums.rows) {
						batch.check(where + " counts the rows", stated, stated);
					}
					else {
						batch.problem(where + " counts " + stated.toPlainString() + " rows, the "
								+ ((scope < 0) ? "report" : "section") + " has " + sums.rows);
					}
				}
			});
		}

		private boolean inScope(BatchBook.Key key, int scope) {
			return scope < 0 || PayPalReportReader.this.batchesBySection.getOrDefault(scope, Set.of()).contains(key);
		}

		private BigDecimal stated(int index) {
			String value = this.record.field(index).strip();
			if (!value.matches("\\d+")) {
				throw new SettlementReadException(file(), "line " + this.record.line(),
						this.type + " field " + (index + 1) + " '" + value + "' is not an amount in minor units");
			}
			return new BigDecimal(value).movePointLeft(2);
		}

	}

}
