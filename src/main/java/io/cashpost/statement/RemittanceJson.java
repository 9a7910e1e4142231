package io.cashpost.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cashpost.money.Money;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured remittance lines as JSON: how {@code inspect} and the golden files show
 * them, and how they are staged with a bank transaction (column
 * {@code bank_transaction.remittance_lines}) and read back. Amounts are written with
 * their currency as {@code "EUR 900.00"}, never as floats; an absent value is
 * {@code null}.
 *
 * <pre>
 * [{"documents":[{"number":"INV-1001","type":"invoice","type_code":"CINV","date":null}],
 *   "due_payable":"EUR 1000.00","discount_applied":null,"credit_note":null,"tax":null,
 *   "adjustments":[{"amount":"EUR 100.00","direction":"decrease","reason_code":"DMGD","text":"..."}],
 *   "remitted":"EUR 900.00","creditor_reference":null,"additional_text":[]}]
 * </pre>
 */
public final class RemittanceJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> LINES = new TypeReference<>() {
	};

	private RemittanceJson() {
	}

	/** The lines as a JSON array; {@code []} for none. */
	public static String write(List<RemittanceLine> lines) {
		return JSON.writeValueAsString(view(lines));
	}

	/**
	 * Reads lines {@link #write} wrote.
	 * @param json a JSON array, or {@code null} (no lines)
	 */
	public static List<RemittanceLine> read(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		List<RemittanceLine> lines = new ArrayList<>();
		for (Map<String, Object> line : JSON.readValue(json, LINES)) {
			lines.add(line(line));
		}
		return List.copyOf(lines);
	}

	/** The lines as JSON-ready maps, in field order. */
	static List<Map<String, Object>> view(List<RemittanceLine> lines) {
		List<Map<String, Object>> view = new ArrayList<>(lines.size());
		for (RemittanceLine line : lines) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("documents", line.documents().stream().map(RemittanceJson::document).toList());
			json.put("due_payable", money(line.duePayable()));
			json.put("discount_applied", money(line.discountApplied()));
			json.put("credit_note", money(line.creditNote()));
			json.put("tax", money(line.tax()));
			json.put("adjustments", line.adjustments().stream().map(RemittanceJson::adjustment).toList());
			json.put("remitted", money(line.remitted()));
			json.put("creditor_reference", line.creditorReference());
			json.put("additional_text", line.additionalText());
			view.add(json);
		}
		return view;
	}

	private static Map<String, Object> document(ReferredDocument document) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("number", document.number());
		json.put("type", document.type().name().toLowerCase(Locale.ROOT));
		json.put("type_code", document.typeCode());
		json.put("date", (document.date() != null) ? document.date().toString() : null);
		return json;
	}

	private static Map<String, Object> adjustment(Adjustment adjustment) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("amount", money(adjustment.amount()));
		json.put("direction",
				(adjustment.direction() != null) ? adjustment.direction().name().toLowerCase(Locale.ROOT) : null);
		json.put("reason_code", adjustment.reasonCode());
		json.put("text", adjustment.text());
		return json;
	}

	@SuppressWarnings("unchecked")
	private static RemittanceLine line(Map<String, Object> json) {
		List<ReferredDocument> documents = new ArrayList<>();
		for (Map<String, Object> document : (List<Map<String, Object>>) json.getOrDefault("documents", List.of())) {
			String date = (String) document.get("date");
			documents.add(new ReferredDocument((String) document.get("number"), type((String) document.get("type")),
					(String) document.get("type_code"), (date != null) ? LocalDate.parse(date) : null));
		}
		List<Adjustment> adjustments = new ArrayList<>();
		for (Map<String, Object> adjustment : (List<Map<String, Object>>) json.getOrDefault("adjustments", List.of())) {
			String direction = (String) adjustment.get("direction");
			adjustments.add(new Adjustment(money(adjustment.get("amount")),
					(direction != null) ? Adjustment.Direction.valueOf(direction.toUpperCase(Locale.ROOT)) : null,
					(String) adjustment.get("reason_code"), (String) adjustment.get("text")));
		}
		return new RemittanceLine(documents, money(json.get("due_payable")), money(json.get("discount_applied")),
				money(json.get("credit_note")), money(json.get("tax")), adjustments, money(json.get("remitted")),
				(String) json.get("creditor_reference"),
				(List<String>) json.getOrDefault("additional_text", List.of()));
	}

	private static DocumentType type(String name) {
		return (name != null) ? DocumentType.valueOf(name.toUpperCase(Locale.ROOT)) : DocumentType.UNSPECIFIED;
	}

	private static String money(Money money) {
		return (money != null) ? money.toString() : null;
	}

	private static Money money(Object text) {
		if (text == null) {
			return null;
		}
		String value = (String) text;
		int space = value.indexOf(' ');
		if (space != 3) {
			throw new IllegalArgumentException("'" + value + "' is not an amount with its currency (EUR 900.00)");
		}
		return Money.of(value.substring(space + 1), value.substring(0, space));
	}

}
