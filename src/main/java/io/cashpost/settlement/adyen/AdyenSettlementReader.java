package io.cashpost.settlement.adyen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;
import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.FeeKind;
import io.cashpost.settlement.RecordKind;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.report.Amounts;
import io.cashpost.settlement.report.BatchBook;
import io.cashpost.settlement.report.HeaderedReport;
import io.cashpost.settlement.report.Row;

/**
 * Reads Adyen's Settlement details report by column name: the columns move and new ones
 * appear between accounts. Gross is in the transaction currency, net and the four fee
 * columns in the settlement currency. Over a batch, Σ(Net Credit - Net Debit) of every
 * row but the payout equals the MerchantPayout's Net Debit, or is carried to the next
 * batch by a Balancetransfer.
 */
public final class AdyenSettlementReader extends HeaderedReport {

	public static final SettlementFormat FORMAT = new SettlementFormat("adyen", "adyen-settlement-details",
			"Adyen Settlement details report");

	/** The columns that tell the report from others. */
	public static final List<String> SIGNATURE = List.of("Merchant Account", "Batch Number", "Type",
			"Modification Reference");

	private static final String NET_DEBIT = "Net Debit (NC)";

	private static final String NET_CREDIT = "Net Credit (NC)";

	private static final String DATE = "yyyy-MM-dd";

	private static final List<Map.Entry<FeeKind, String>> FEE_COLUMNS = List.of(
			Map.entry(FeeKind.COMMISSION, "Commission (NC)"), Map.entry(FeeKind.MARKUP, "Markup (NC)"),
			Map.entry(FeeKind.MARKUP, "DCC Markup (NC)"), Map.entry(FeeKind.SCHEME, "Scheme Fees (NC)"),
			Map.entry(FeeKind.INTERCHANGE, "Interchange (NC)"));

	private final Map<String, Integer> occurrences = new HashMap<>();

	public AdyenSettlementReader(Path path, String file) {
		super(FORMAT, path, file, ',', true);
	}

	@Override
	protected List<String> requiredColumns() {
		return SIGNATURE;
	}

	@Override
	protected CardTransaction read(Row row, int rowIndex) {
		String type = row.required("Type");
		RecordKind kind = AdyenRecordTypes.kind(type);
		CardTransaction.Builder builder = CardTransaction.builder()
			.acquirer(FORMAT.acquirer())
			.merchantAccount(row.required("Merchant Account"))
			.batchId(row.required("Batch Number"))
			.rowIndex(rowIndex)
			.line(row.line())
			.kind(kind)
			.recordType(type)
			.merchantReference(row.text("Merchant Reference"))
			.reference(merchantGiven(row.text("Modification Merchant Reference")))
			.reference(row.text("Merchant Order Reference"))
			.description(row.text("Payment Method"))
			.bookingDate(row.date("Creation Date", DATE));
		if (AdyenRecordTypes.isPayment(kind)) {
			payment(row, kind, builder);
		}
		else {
			movement(row, type, kind, builder);
		}
		return builder.build();
	}

	/**
	 * A payment or a modification of one: Psp Reference names the payment, Modification
	 * Reference the modification (a refund's own reference).
	 */
	private void payment(Row row, RecordKind kind, CardTransaction.Builder builder) {
		String psp = row.required("Psp Reference");
		String modification = row.text("Modification Reference");
		builder.ownId(psp + ":" + row.required("Type") + ":" + ((modification != null) ? modification : ""));
		if (kind == RecordKind.SALE) {
			builder.paymentReference(psp);
		}
		else {
			builder.paymentReference((modification != null) ? modification : psp).originalReference(psp);
		}
		Currency grossCurrency = row.currency("Gross Currency");
		BigDecimal gross = signed(row, "Gross Credit (GC)", "Gross Debit (GC)");
		Currency netCurrency = row.header().has("Net Currency") && row.text("Net Currency") != null
				? row.currency("Net Currency") : grossCurrency;
		BigDecimal rate = grossCurrency.equals(netCurrency) ? null : row.amount("Exchange Rate");
		builder.gross(new Money(gross, grossCurrency)).exchangeRate(rate);
		BigDecimal fees = fees(row, builder);
		builder.net(new Money(net(row, gross, rate, netCurrency, fees), netCurrency));
	}

	/** A movement of the batch's balance: fees, payout, balance transfer, correction. */
	private void movement(Row row, String type, RecordKind kind, CardTransaction.Builder builder) {
		String modification = row.text("Modification Reference");
		String account = row.required("Merchant Account");
		String key = account + ":batch " + row.required("Batch Number") + ":" + type + ":"
				+ ((modification != null) ? modification : "");
		int occurrence = this.occurrences.merge(key, 1, Integer::sum);
		builder.ownId((occurrence == 1) ? key : key + "#" + occurrence);
		builder.paymentReference(row.text("Psp Reference"));
		builder.description(modification);
		for (String column : List.of("Net Currency", NET_DEBIT, NET_CREDIT)) {
			if (!row.header().has(column)) {
				throw row.fail("a " + type + " row needs the column '" + column + "', which this report lacks");
			}
		}
		Currency currency = row.currency("Net Currency");
		BigDecimal net = signed(row, NET_CREDIT, NET_DEBIT);
		builder.net(new Money(net, currency));
		if (kind == RecordKind.FEE) {
			builder.gross(Money.zero(currency)).fee(FeeKind.OTHER, net.negate());
		}
		else {
			builder.gross(new Money(net, currency));
		}
		if (kind == RecordKind.PAYOUT) {
			builder.payoutReference(modification).bookingDate(firstDate(row));
		}
		if (kind == RecordKind.BALANCE_TRANSFER) {
			builder.description(row.first("Modification Merchant Reference", "Modification Reference"));
		}
	}

	/**
	 * The four fee columns; Payment Fees (their total on newer accounts) only when they
	 * are empty.
	 */
	private static BigDecimal fees(Row row, CardTransaction.Builder builder) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<FeeKind, String> column : FEE_COLUMNS) {
			BigDecimal fee = row.amount(column.getValue());
			if (fee != null) {
				builder.fee(column.getKey(), fee);
				total = total.add(fee);
			}
		}
		if (total.signum() == 0) {
			BigDecimal paymentFees = row.amount("Payment Fees (NC)");
			builder.fee(FeeKind.OTHER, paymentFees);
			total = Amounts.orZero(paymentFees);
		}
		return total;
	}

	/**
	 * Net Credit - Net Debit; an account whose report has no net columns gets the gross
	 * at the rate less the fees.
	 */
	private static BigDecimal net(Row row, BigDecimal gross, BigDecimal rate, Currency currency, BigDecimal fees) {
		if (row.header().has(NET_DEBIT) || row.header().has(NET_CREDIT)) {
			return signed(row, NET_CREDIT, NET_DEBIT);
		}
		BigDecimal converted = (rate != null) ? gross.multiply(rate) : gross;
		return converted.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP)
			.subtract(fees);
	}

	private static BigDecimal signed(Row row, String credit, String debit) {
		return Amounts.orZero(row.amount(credit)).subtract(Amounts.orZero(row.amount(debit)));
	}

	/** Adyen writes {@code <auto>} where the merchant gave no modification reference. */
	private static String merchantGiven(String reference) {
		return (reference == null || reference.startsWith("<")) ? null : reference;
	}

	private static java.time.LocalDate firstDate(Row row) {
		java.time.LocalDate booking = row.date("Booking Date", DATE);
		return (booking != null) ? booking : row.date("Creation Date", DATE);
	}

	@Override
	protected void finish(BatchBook book) {
		book.forEach((batch) -> {
			BigDecimal stated = batch.paidOut().add(batch.carriedOut());
			BigDecimal computed = batch.carriedIn().add(batch.net());
			String what;
			if (batch.payoutRows() > 0) {
				what = (batch.carriedOut().signum() != 0)
						? "the MerchantPayout and Balancetransfer pay out and carry on" : "the MerchantPayout pays out";
			}
			else if (batch.carriedOut().signum() != 0) {
				what = "the Balancetransfer to the next batch carries on";
			}
			else {
				what = "no MerchantPayout or Balancetransfer closes the batch (a report cut short?), so it pays out";
			}
			batch.check(what, stated, computed);
		});
	}

}
