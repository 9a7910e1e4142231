package io.cashpost.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON view of a settlement report: what {@code inspect} prints (its batches), and,
 * with every row, what the golden files beside the sample reports hold. Amounts are
 * decimal strings in the currency's decimals, never floats.
 */
public final class SettlementJson {

	private static final JsonMapper COMPACT = JsonMapper.builder().build();

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final String file;

	private final SettlementFormat format;

	private final boolean withRows;

	private final List<Map<String, Object>> rows = new ArrayList<>();

	private final List<SettlementBatch> batches = new ArrayList<>();

	private SettlementJson(String file, SettlementFormat format, boolean withRows) {
		this.file = file;
		this.format = format;
		this.withRows = withRows;
	}

	/** Reads the whole report into its batches (the {@code inspect} view). */
	public static SettlementJson summary(String file, SettlementReader reader) {
		return read(new SettlementJson(file, reader.format(), false), reader);
	}

	/** Reads the whole report with every row (the golden-file view). */
	public static SettlementJson detailed(String file, SettlementReader reader) {
		return read(new SettlementJson(file, reader.format(), true), reader);
	}

	private static SettlementJson read(SettlementJson json, SettlementReader reader) {
		try (reader) {
			for (SettlementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof SettlementBatch batch) {
					json.batches.add(batch);
				}
				else if (json.withRows) {
					json.rows.add(row((CardTransaction) part));
				}
			}
		}
		return json;
	}

	public List<SettlementBatch> batches() {
		return List.copyOf(this.batches);
	}

	/** Why the report is refused: its first batch that does not add up, else empty. */
	public java.util.Optional<String> refusal() {
		return this.batches.stream().map(SettlementBatch::refusal).filter((r) -> r != null).findFirst();
	}

	public String toCompactJson() {
		return COMPACT.writeValueAsString(document());
	}

	public String toPrettyJson() {
		return PRETTY.writeValueAsString(document()) + "\n";
	}

	private Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("file", this.file);
		document.put("format", this.format.id());
		document.put("report", this.format.name());
		document.put("batches", this.batches.stream().map(SettlementJson::batch).toList());
		if (this.withRows) {
			document.put("rows", this.rows);
		}
		return document;
	}

	/** One batch, as {@code inspect} prints it. */
	public static Map<String, Object> batch(SettlementBatch batch) {
		Currency currency = batch.currency();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", batch.batchId());
		json.put("acquirer", batch.acquirer());
		json.put("merchant_account", batch.merchantAccount());
		json.put("currency", currency.getCurrencyCode());
		json.put("rows", batch.rows());
		json.put("gross", plain(batch.gross(), currency));
		json.put("fees", plain(batch.totalFees(), currency));
		json.put("net", plain(batch.net(), currency));
		json.put("payout", plain(batch.payout(), currency));
		json.put("balanced", batch.balanced());
		Map<String, String> fees = new LinkedHashMap<>();
		batch.fees().forEach((kind, amount) -> fees.put(kind.code(), plain(amount, currency)));
		json.put("fees_by_kind", fees);
		json.put("carried_in", plain(batch.carriedIn(), currency));
		json.put("carried_out", plain(batch.carriedOut(), currency));
		json.put("payout_reference", batch.payoutReference());
		json.put("payout_date", (batch.payoutDate() != null) ? batch.payoutDate().toString() : null);
		json.put("refusal", batch.refusal());
		json.put("unknown_record_types", batch.unknownTypes());
		return json;
	}

	private static Map<String, Object> row(CardTransaction row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("row", row.rowIndex());
		json.put("line", row.line());
		json.put("batch", row.batchId());
		json.put("own_id", row.ownId());
		json.put("kind", row.kind().code());
		json.put("type", row.recordType());
		json.put("payment_reference", row.paymentReference());
		json.put("original_reference", row.originalReference());
		json.put("merchant_references", row.merchantReferences());
		json.put("payer", row.payerName());
		json.put("date", (row.bookingDate() != null) ? row.bookingDate().toString() : null);
		json.put("gross", plain(row.gross()));
		json.put("gross_currency", row.gross().currency().getCurrencyCode());
		json.put("exchange_rate", (row.exchangeRate() != null) ? row.exchangeRate().toPlainString() : null);
		Map<String, String> fees = new LinkedHashMap<>();
		row.fees().forEach((kind, amount) -> fees.put(kind.code(), plain(amount, row.net().currency())));
		json.put("fees", fees);
		json.put("net", plain(row.net()));
		json.put("currency", row.net().currency().getCurrencyCode());
		json.put("payout_reference", row.payoutReference());
		return json;
	}

	private static String plain(Money money) {
		return money.inCurrencyScale().toPlainString();
	}

	private static String plain(BigDecimal amount, Currency currency) {
		return (amount != null) ? plain(new Money(amount, currency)) : null;
	}

}
