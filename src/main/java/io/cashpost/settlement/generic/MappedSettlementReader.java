package io.cashpost.settlement.generic;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;
import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.ColumnMapping;
import io.cashpost.settlement.ColumnMapping.DecimalStyle;
import io.cashpost.settlement.FeeKind;
import io.cashpost.settlement.RecordKind;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.report.Amounts;
import io.cashpost.settlement.report.HeaderedReport;
import io.cashpost.settlement.report.Row;

/**
 * Reads a settlement CSV through a {@link ColumnMapping}: each column found by the name
 * the mapping gives, each type value read into its kind. A batch pays out what its rows
 * add up to; every row must add up in itself (gross - fees = net).
 */
public final class MappedSettlementReader extends HeaderedReport {

	private final ColumnMapping mapping;

	private final ColumnMapping.Columns columns;

	private final boolean decimalComma;

	private final Map<String, Integer> occurrences = new HashMap<>();

	public MappedSettlementReader(SettlementFormat format, ColumnMapping mapping, Path path, String file) {
		super(format, path, file, mapping.separator().charAt(0), false);
		this.mapping = mapping;
		this.columns = mapping.columns();
		this.decimalComma = mapping.decimal() == DecimalStyle.COMMA;
	}

	@Override
	protected List<String> requiredColumns() {
		List<String> required = new ArrayList<>(this.mapping.detect());
		for (String column : List.of(this.columns.id(), this.columns.batch(), this.columns.currency(),
				this.columns.net())) {
			if (!required.contains(column)) {
				required.add(column);
			}
		}
		return required;
	}

	@Override
	protected CardTransaction read(Row row, int rowIndex) {
		String type = text(row, this.columns.type());
		String id = row.text(this.columns.id());
		String batch = row.required(this.columns.batch());
		Currency currency = row.currency(this.columns.currency());
		Map<FeeKind, BigDecimal> fees = fees(row);
		BigDecimal feeTotal = fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal gross = Amounts.orZero(amount(row, this.columns.gross()));
		BigDecimal net = amount(row, this.columns.net());
		if (net == null) {
			throw row.fail(this.columns.net() + " is empty");
		}
		RecordKind kind = this.mapping.kind(type);
		if (kind == RecordKind.SALE && gross.signum() == 0) {
			kind = RecordKind.FEE;
		}
		CardTransaction.Builder builder = CardTransaction.builder()
			.acquirer(format().acquirer())
			.merchantAccount(text(row, this.columns.merchantAccount()))
			.batchId(batch)
			.rowIndex(rowIndex)
			.line(row.line())
			.ownId(ownId(id, type, batch))
			.kind(kind)
			.recordType((type != null) ? type : kind.code())
			.paymentReference(id)
			.merchantReference(text(row, this.columns.reference()))
			.description(text(row, this.columns.description()))
			.bookingDate(date(row, this.columns.date()))
			.net(new Money(net, currency));
		if (kind.isReversal() || kind == RecordKind.CHARGEBACK_REVERSAL || kind == RecordKind.REFUND_REVERSAL) {
			builder.originalReference(id);
		}
		fees.forEach(builder::fee);
		gross(row, builder, kind, currency, gross, feeTotal);
		CardTransaction transaction = builder.build();
		notePayout(transaction, batch, date(row, this.columns.payoutDate()));
		return transaction;
	}

	private void gross(Row row, CardTransaction.Builder builder, RecordKind kind, Currency currency, BigDecimal gross,
			BigDecimal fees) {
		if (kind == RecordKind.FEE) {
			builder.gross(Money.zero(currency));
			return;
		}
		String other = text(row, this.columns.transactionCurrency());
		BigDecimal otherGross = amount(row, this.columns.transactionGross());
		if (other != null && otherGross != null && otherGross.signum() != 0
				&& !other.equalsIgnoreCase(currency.getCurrencyCode())) {
			builder.gross(new Money(otherGross, row.currency(this.columns.transactionCurrency())))
				.exchangeRate(amount(row, this.columns.rate()));
			return;
		}
		builder.gross(new Money(gross, currency));
	}

	/** The fee columns by kind; what the total holds beyond them is {@code other}. */
	private Map<FeeKind, BigDecimal> fees(Row row) {
		Map<FeeKind, BigDecimal> fees = new HashMap<>();
		BigDecimal byKind = BigDecimal.ZERO;
		for (Map.Entry<FeeKind, String> column : this.columns.fees().entrySet()) {
			BigDecimal fee = fee(row, column.getValue());
			if (fee != null) {
				fees.merge(column.getKey(), fee, BigDecimal::add);
				byKind = byKind.add(fee);
			}
		}
		BigDecimal total = fee(row, this.columns.fee());
		if (total != null && total.compareTo(byKind) != 0) {
			fees.merge(FeeKind.OTHER, total.subtract(byKind), BigDecimal::add);
		}
		return fees;
	}

	private BigDecimal fee(Row row, String column) {
		BigDecimal fee = amount(row, column);
		return (fee != null && this.mapping.feesNegative()) ? fee.negate() : fee;
	}

	private String ownId(String id, String type, String batch) {
		String key = ((id != null) ? id : "batch " + batch) + ":" + ((type != null) ? type : "");
		int occurrence = this.occurrences.merge(key, 1, Integer::sum);
		return (occurrence == 1) ? key : key + "#" + occurrence;
	}

	private BigDecimal amount(Row row, String column) {
		return (column != null) ? row.amount(column, this.decimalComma) : null;
	}

	private java.time.LocalDate date(Row row, String column) {
		return (column != null) ? row.date(column, this.mapping.dateFormat()) : null;
	}

	private static String text(Row row, String column) {
		return (column != null) ? row.text(column) : null;
	}

}
