package io.cashpost.statement;

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
 * The JSON view of a statement file: what {@code inspect} prints, and, with every
 * transaction, what the golden files beside the sample files hold (and
 * {@code inspect --transactions} prints). Amounts are decimal strings, never floats.
 * {@code warnings} lists what the reader forgave, each naming the file and the place.
 */
public final class StatementJson {

	private static final JsonMapper COMPACT = JsonMapper.builder().build();

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final String file;

	private final StatementFormat format;

	private final List<Map<String, Object>> statements = new ArrayList<>();

	private final List<Map<String, Object>> pending = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	private final boolean withTransactions;

	private StatementJson(String file, StatementFormat format, boolean withTransactions) {
		this.file = file;
		this.format = format;
		this.withTransactions = withTransactions;
	}

	/** Summaries only: the {@code inspect} contract. */
	public static StatementJson summary(String file, StatementFormat format) {
		return new StatementJson(file, format, false);
	}

	/** Summaries and every transaction: the golden-file form. */
	public static StatementJson detailed(String file, StatementFormat format) {
		return new StatementJson(file, format, true);
	}

	/** Reads the whole file into this view; the reader is closed. */
	public static StatementJson read(StatementReader reader, StatementJson json) {
		try (reader) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				json.add(part);
			}
		}
		return json;
	}

	public void add(StatementPart part) {
		if (part instanceof BankTransaction transaction) {
			if (this.withTransactions) {
				this.pending.add(transaction(transaction));
			}
		}
		else if (part instanceof StatementSummary summary) {
			summary.warnings().forEach((warning) -> this.warnings.add(warning.toString()));
			Map<String, Object> statement = statement(summary);
			if (this.withTransactions) {
				statement.put("transaction_details", List.copyOf(this.pending));
				this.pending.clear();
			}
			this.statements.add(statement);
		}
	}

	/** One line of JSON. */
	public String toCompactJson() {
		return COMPACT.writeValueAsString(document());
	}

	/** Indented JSON ending with a newline, stable enough to compare as text. */
	public String toPrettyJson() {
		return PRETTY.writeValueAsString(document()) + "\n";
	}

	private Map<String, Object> document() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("file", this.file);
		document.put("format", this.format.version());
		document.put("statements", this.statements);
		document.put("warnings", this.warnings);
		return document;
	}

	private static Map<String, Object> statement(StatementSummary summary) {
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("id", summary.statementRef());
		statement.put("account", summary.account());
		statement.put("currency", (summary.currency() != null) ? summary.currency().getCurrencyCode() : null);
		statement.put("opening_balance", plain(summary.openingBalance()));
		statement.put("closing_balance", plain(summary.closingBalance()));
		statement.put("entries", summary.entries());
		statement.put("transactions", summary.transactions());
		statement.put("credit_sum", plain(summary.creditSum(), summary.currency()));
		statement.put("debit_sum", plain(summary.debitSum(), summary.currency()));
		statement.put("balanced", summary.balanced());
		return statement;
	}

	private static Map<String, Object> transaction(BankTransaction t) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("entry", t.entryIndex());
		json.put("split", t.splitIndex());
		json.put("entry_ref", t.entryRef());
		json.put("end_to_end_id", t.endToEndId());
		json.put("amount", plain(t.amount()));
		json.put("currency", t.amount().currency().getCurrencyCode());
		json.put("booking_date", (t.bookingDate() != null) ? t.bookingDate().toString() : null);
		json.put("value_date", (t.valueDate() != null) ? t.valueDate().toString() : null);
		json.put("status", t.status().name());
		json.put("reversal", t.reversal());
		json.put("bank_transaction_code", t.bankTransactionCode());
		json.put("debtor_name", t.debtorName());
		json.put("debtor_account", t.debtorAccount());
		json.put("creditor_reference", t.remittance().creditorReference());
		json.put("referred_documents", t.remittance().referredDocuments());
		json.put("remittance", t.remittance().unstructured());
		if (!t.remittance().lines().isEmpty()) {
			json.put("remittance_lines", RemittanceJson.view(t.remittance().lines()));
		}
		BankTransaction.Details details = t.details();
		if (!details.equals(BankTransaction.Details.NONE)) {
			json.put("mandate_id", details.mandateId());
			json.put("ultimate_debtor_name", details.ultimateDebtorName());
			json.put("return_reason", details.returnReason());
			json.put("instructed_amount",
					(details.instructedAmount() != null) ? details.instructedAmount().toString() : null);
			json.put("charges", (details.charges() != null) ? details.charges().toString() : null);
			json.put("exchange_rate", plain(details.exchangeRate()));
		}
		return json;
	}

	private static String plain(Money money) {
		return plain(money.amount());
	}

	/**
	 * A sum with no entries is {@code 0.00}, not {@code 0}: at least the currency's
	 * decimals.
	 */
	private static String plain(BigDecimal amount, Currency currency) {
		if (amount == null || currency == null) {
			return plain(amount);
		}
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		return plain((amount.scale() < digits) ? amount.setScale(digits) : amount);
	}

	private static String plain(BigDecimal amount) {
		return (amount != null) ? amount.toPlainString() : null;
	}

}
