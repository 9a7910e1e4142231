package io.cashpost.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cashpost.remittance.AdviceLine;
import io.cashpost.remittance.RemittanceAdvice;

/**
 * A remittance advice file as {@code inspect} prints it: the advices and lines it holds
 * and their total per currency; with {@code --transactions} every advice with its lines.
 */
final class AdviceView {

	private AdviceView() {
	}

	static Map<String, Object> of(String file, List<RemittanceAdvice> advices, boolean detailed) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("file", file);
		json.put("format", "remittance-advice");
		json.put("advices", advices.size());
		json.put("lines", advices.stream().mapToInt((advice) -> advice.lines().size()).sum());
		Map<String, BigDecimal> totals = new TreeMap<>();
		advices.forEach((advice) -> totals.merge(advice.amount().currency().getCurrencyCode(), advice.amount().amount(),
				BigDecimal::add));
		Map<String, String> plain = new LinkedHashMap<>();
		totals.forEach((currency, amount) -> plain.put(currency, amount.toPlainString()));
		json.put("totals", plain);
		if (detailed) {
			json.put("remittance_advices", advices.stream().map(AdviceView::advice).toList());
		}
		return json;
	}

	private static Map<String, Object> advice(RemittanceAdvice advice) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("advice_id", advice.adviceKey());
		json.put("line", advice.firstLine());
		json.put("payer_name", advice.payerName());
		json.put("payer_account", advice.payerAccount());
		json.put("payment_reference", advice.paymentReference());
		json.put("end_to_end_id", advice.endToEndId());
		json.put("payment_date", advice.paymentDate().toString());
		json.put("amount", advice.amount().toString());
		json.put("lines", advice.lines().stream().map(AdviceView::line).toList());
		return json;
	}

	private static Map<String, Object> line(AdviceLine line) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("line", line.line());
		json.put("document_type", line.isCreditNote() ? "credit_note" : "invoice");
		json.put("invoice_number", line.documentNumber());
		json.put("paid_amount", line.paid().amount().toPlainString());
		json.put("deduction_amount", (line.deduction() != null) ? line.deduction().amount().toPlainString() : null);
		json.put("deduction_reason_code", line.reasonCode());
		json.put("deduction_reason", line.reasonText());
		return json;
	}

}
