package io.cashpost.settlement.stripe;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * Reads Stripe's itemized payout reconciliation report ({@code
 * payout_reconciliation.itemized.*}) by column name: signed gross, fee and net in major
 * units, the reporting category, and the automatic payout each row is paid out by. A
 * payout pays what its rows add up to; where the report also has the payout's own row,
 * that row must agree.
 */
public final class StripePayoutReader extends HeaderedReport {

	public static final SettlementFormat FORMAT = new SettlementFormat("stripe", "stripe-payout-reconciliation",
			"Stripe itemized payout reconciliation report");

	public static final List<String> SIGNATURE = List.of("balance_transaction_id", "reporting_category",
			"automatic_payout_id", "gross", "fee", "net", "currency");

	private static final Map<String, RecordKind> CATEGORIES = Map.ofEntries(Map.entry("charge", RecordKind.SALE),
			Map.entry("payment", RecordKind.SALE), Map.entry("refund", RecordKind.REFUND),
			Map.entry("refund_failure", RecordKind.REFUND_REVERSAL), Map.entry("dispute", RecordKind.CHARGEBACK),
			Map.entry("dispute_reversal", RecordKind.CHARGEBACK_REVERSAL), Map.entry("fee", RecordKind.FEE),
			Map.entry("tax", RecordKind.FEE), Map.entry("payout", RecordKind.PAYOUT),
			Map.entry("payout_reversal", RecordKind.OTHER), Map.entry("adjustment", RecordKind.OTHER),
			Map.entry("transfer", RecordKind.OTHER), Map.entry("transfer_reversal", RecordKind.OTHER),
			Map.entry("partial_capture_reversal", RecordKind.OTHER),
			Map.entry("risk_reserved_funds", RecordKind.ADJUSTMENT),
			Map.entry("risk_released_funds", RecordKind.ADJUSTMENT));

	private static final String DATE = "yyyy-MM-dd";

	private final Map<String, String> payoutRowProblems = new HashMap<>();

	public StripePayoutReader(Path path, String file) {
		super(FORMAT, path, file, ',', false);
	}

	@Override
	protected List<String> requiredColumns() {
		return SIGNATURE;
	}

	@Override
	protected CardTransaction read(Row row, int rowIndex) {
		String category = row.required("reporting_category").toLowerCase(Locale.ROOT);
		RecordKind kind = CATEGORIES.getOrDefault(category, RecordKind.UNKNOWN);
		String payout = row.text("automatic_payout_id");
		if (payout == null) {
			throw row.fail("automatic_payout_id is empty: every row of an itemized payout reconciliation report "
					+ "belongs to a payout");
		}
		Currency currency = row.currency("currency");
		BigDecimal gross = required(row, "gross");
		BigDecimal fee = required(row, "fee");
		BigDecimal net = required(row, "net");
		CardTransaction.Builder builder = CardTransaction.builder()
			.acquirer(FORMAT.acquirer())
			.merchantAccount(row.text("connected_account"))
			.batchId(payout)
			.rowIndex(rowIndex)
			.line(row.line())
			.ownId(row.required("balance_transaction_id"))
			.kind(kind)
			.recordType(category)
			.merchantReference(row.first("invoice_number", "invoice_id"))
			.description(description(row))
			.payerName(row.text("customer_name"))
			.payerAccount(row.first("customer_id", "customer_email"))
			.bookingDate(row.date(row.header().has("created") ? "created" : "created_utc", DATE));
		metadata(row, builder);
		references(row, kind, builder);
		amounts(row, kind, currency, gross, fee, net, builder);
		CardTransaction transaction = builder.build();
		notePayout(transaction, payout, payoutDate(row));
		return transaction;
	}

	private static void references(Row row, RecordKind kind, CardTransaction.Builder builder) {
		String source = row.text("source_id");
		String charge = row.first("charge_id", "payment_intent_id");
		if (kind == RecordKind.SALE) {
			builder.paymentReference((source != null) ? source : charge);
		}
		else {
			builder.paymentReference(source).originalReference(charge);
		}
	}

	private void amounts(Row row, RecordKind kind, Currency currency, BigDecimal gross, BigDecimal fee, BigDecimal net,
			CardTransaction.Builder builder) {
		if (kind == RecordKind.PAYOUT) {
			if (gross.subtract(fee).compareTo(net) != 0) {
				this.payoutRowProblems.put(row.text("automatic_payout_id"),
						"line " + row.line() + " (payout " + row.text("source_id") + "): gross " + gross.toPlainString()
								+ " - fee " + fee.toPlainString() + " = " + gross.subtract(fee).toPlainString()
								+ ", but net is " + net.toPlainString() + " (difference "
								+ net.subtract(gross.subtract(fee)).toPlainString() + ")");
			}
			// Stripe's balance shows a payout as money going out; some exports sign it
			// the other way. Either way it is paid out.
			Money out = new Money(net.abs().negate(), currency);
			builder.gross(out).net(out).payoutReference(row.text("automatic_payout_id"));
			return;
		}
		if (kind == RecordKind.FEE) {
			builder.gross(Money.zero(currency)).fee(FeeKind.OTHER, fee.subtract(gross)).net(new Money(net, currency));
			return;
		}
		builder.fee((kind == RecordKind.CHARGEBACK) ? FeeKind.OTHER : FeeKind.COMMISSION, fee)
			.net(new Money(net, currency));
		String facingCurrency = row.text("customer_facing_currency");
		BigDecimal facing = row.amount("customer_facing_amount");
		if (facingCurrency != null && facing != null && facing.signum() != 0
				&& !facingCurrency.equalsIgnoreCase(currency.getCurrencyCode())) {
			Currency presentment = row.currency("customer_facing_currency");
			builder.gross(new Money(facing, presentment))
				.exchangeRate(gross.divide(facing, 10, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
		}
		else {
			builder.gross(new Money(gross, currency));
		}
	}

	/** Every {@code payment_metadata[...]} value: references the merchant gave. */
	private static void metadata(Row row, CardTransaction.Builder builder) {
		for (String column : row.header().names()) {
			if (column.strip().toLowerCase(Locale.ROOT).startsWith("payment_metadata[")) {
				builder.reference(row.text(column));
			}
		}
	}

	private static String description(Row row) {
		String description = row.text("description");
		String descriptor = row.text("statement_descriptor");
		if (description == null) {
			return descriptor;
		}
		return (descriptor == null) ? description : description + " " + descriptor;
	}

	private static LocalDate payoutDate(Row row) {
		String column = row.header().has("automatic_payout_effective_at") ? "automatic_payout_effective_at"
				: "automatic_payout_effective_at_utc";
		return row.date(column, DATE);
	}

	private static BigDecimal required(Row row, String column) {
		BigDecimal amount = row.amount(column);
		if (amount == null) {
			throw row.fail(column + " is empty");
		}
		return amount;
	}

	@Override
	protected void finish(BatchBook book) {
		book.forEach((batch) -> {
			String problem = this.payoutRowProblems.get(batch.key().batchId());
			if (problem != null) {
				batch.problem(problem);
			}
			if (batch.payoutRows() > 0) {
				batch.check("the payout row pays out", batch.paidOut(), batch.net());
			}
		});
	}

	static BigDecimal orZero(BigDecimal amount) {
		return Amounts.orZero(amount);
	}

}
