package io.cashpost.remittance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores a file's advices and their lines, in two statements whatever the file's size.
 * Keyed by the file and the advice's id in it, so a run that is repeated after a crash
 * stores nothing twice.
 */
@Repository
class AdviceStaging {

	private static final String INSERT_ADVICES = """
			insert into remittance_advice (file_id, advice_key, first_line, last_line, payer_name, payer_account,
			                               payment_reference, end_to_end_id, payment_date, currency, amount, received_at)
			select :fileId, a.advice_key, a.first_line, a.last_line, a.payer_name, a.payer_account, a.payment_reference,
			       a.end_to_end_id, a.payment_date::date, a.currency, a.amount, :receivedAt
			  from unnest(:keys::text[], :firstLines::integer[], :lastLines::integer[], :payerNames::text[],
			              :payerAccounts::text[], :references::text[], :endToEndIds::text[], :dates::text[],
			              :currencies::text[], :amounts::numeric[])
			       as a(advice_key, first_line, last_line, payer_name, payer_account, payment_reference, end_to_end_id,
			            payment_date, currency, amount)
			on conflict (file_id, advice_key) do nothing
			""";

	private static final String INSERT_LINES = """
			insert into remittance_advice_line (advice_id, line, document_type, document_number, paid_amount,
			                                    deduction_amount, deduction_reason_code, deduction_reason)
			select a.advice_id, l.line, l.document_type, l.document_number, l.paid_amount, l.deduction_amount,
			       l.reason_code, l.reason
			  from unnest(:keys::text[], :lines::integer[], :types::text[], :numbers::text[], :paid::numeric[],
			              :deductions::numeric[], :reasonCodes::text[], :reasons::text[])
			       as l(advice_key, line, document_type, document_number, paid_amount, deduction_amount, reason_code, reason)
			  join remittance_advice a on a.file_id = :fileId and a.advice_key = l.advice_key
			on conflict (advice_id, line) do nothing
			""";

	/**
	 * A file this large changes the tables' statistics: the linking query plans by them.
	 */
	private static final int ANALYZE_FROM = 1000;

	private final JdbcClient jdbc;

	AdviceStaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void stage(long fileId, List<RemittanceAdvice> advices, Instant receivedAt) {
		this.jdbc.sql(INSERT_ADVICES)
			.param("fileId", fileId)
			.param("receivedAt", Timestamp.from(receivedAt))
			.param("keys", SqlArrays.text(advices, RemittanceAdvice::adviceKey))
			.param("firstLines", SqlArrays.integer(advices, (advice) -> (int) advice.firstLine()))
			.param("lastLines", SqlArrays.integer(advices, (advice) -> (int) advice.lastLine()))
			.param("payerNames", SqlArrays.text(advices, RemittanceAdvice::payerName))
			.param("payerAccounts", SqlArrays.text(advices, RemittanceAdvice::payerAccount))
			.param("references", SqlArrays.text(advices, RemittanceAdvice::paymentReference))
			.param("endToEndIds", SqlArrays.text(advices, RemittanceAdvice::endToEndId))
			.param("dates", SqlArrays.text(advices, (advice) -> advice.paymentDate().toString()))
			.param("currencies", SqlArrays.text(advices, (advice) -> advice.amount().currency().getCurrencyCode()))
			.param("amounts", SqlArrays.numeric(advices, (advice) -> advice.amount().amount()))
			.update();
		List<KeyedLine> lines = new ArrayList<>();
		advices
			.forEach((advice) -> advice.lines().forEach((line) -> lines.add(new KeyedLine(advice.adviceKey(), line))));
		this.jdbc.sql(INSERT_LINES)
			.param("fileId", fileId)
			.param("keys", SqlArrays.text(lines, KeyedLine::adviceKey))
			.param("lines", SqlArrays.integer(lines, (keyed) -> (int) keyed.line().line()))
			.param("types",
					SqlArrays.text(lines, (keyed) -> keyed.line().documentType().name().toLowerCase(Locale.ROOT)))
			.param("numbers", SqlArrays.text(lines, (keyed) -> keyed.line().documentNumber()))
			.param("paid", SqlArrays.numeric(lines, (keyed) -> keyed.line().paid().amount()))
			.param("deductions",
					SqlArrays.numeric(lines,
							(keyed) -> (keyed.line().deduction() != null) ? keyed.line().deduction().amount() : null))
			.param("reasonCodes", SqlArrays.text(lines, (keyed) -> keyed.line().reasonCode()))
			.param("reasons", SqlArrays.text(lines, (keyed) -> keyed.line().reasonText()))
			.update();
		if (advices.size() >= ANALYZE_FROM) {
			this.jdbc.sql("analyze remittance_advice").update();
			this.jdbc.sql("analyze remittance_advice_line").update();
		}
	}

	private record KeyedLine(String adviceKey, AdviceLine line) {
	}

}
