package io.cashpost.remittance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;
import io.cashpost.money.Money;
import io.cashpost.statement.DocumentType;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored advices read back with their lines, a set of them in one query. */
@Repository
class StoredAdvices {

	private static final String ADVICES = """
			select a.advice_id, a.advice_key, a.first_line, a.last_line, a.payer_name, a.payer_account,
			       a.payment_reference, a.end_to_end_id, a.payment_date, a.currency, a.amount, f.file_name,
			       l.line, l.document_type, l.document_number, l.paid_amount, l.deduction_amount,
			       l.deduction_reason_code, l.deduction_reason
			  from remittance_advice a
			  join statement_file f on f.file_id = a.file_id
			  join remittance_advice_line l on l.advice_id = a.advice_id
			 where a.advice_id = any (:ids::bigint[])
			 order by a.advice_id, l.line
			""";

	private final JdbcClient jdbc;

	StoredAdvices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The advices by id, with their lines in file order. */
	Map<Long, Stored> load(Collection<Long> adviceIds) {
		Map<Long, Stored> advices = new LinkedHashMap<>();
		if (adviceIds.isEmpty()) {
			return advices;
		}
		Map<Long, List<AdviceLine>> lines = new LinkedHashMap<>();
		Map<Long, ResultRow> heads = new LinkedHashMap<>();
		this.jdbc.sql(ADVICES)
			.param("ids", SqlArrays.bigint(adviceIds, (id) -> id))
			.query((RowCallbackHandler) (rs) -> {
				long id = rs.getLong("advice_id");
				heads.computeIfAbsent(id, (key) -> head(rs));
				lines.computeIfAbsent(id, (key) -> new ArrayList<>()).add(line(rs));
			});
		heads.forEach((id, head) -> advices.put(id, head.with(lines.get(id))));
		return advices;
	}

	private static ResultRow head(ResultSet rs) {
		try {
			return new ResultRow(rs.getString("advice_key"), rs.getLong("first_line"), rs.getLong("last_line"),
					rs.getString("payer_name"), rs.getString("payer_account"), rs.getString("payment_reference"),
					rs.getString("end_to_end_id"), rs.getObject("payment_date", LocalDate.class),
					Money.of(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getString("file_name"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AdviceLine line(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		boolean creditNote = "credit_note".equals(rs.getString("document_type"));
		var deduction = rs.getBigDecimal("deduction_amount");
		return new AdviceLine(rs.getLong("line"), creditNote ? DocumentType.CREDIT_NOTE : DocumentType.INVOICE,
				rs.getString("document_number"), scaled(Money.of(rs.getBigDecimal("paid_amount"), currency)),
				(deduction != null) ? scaled(Money.of(deduction, currency)) : null,
				rs.getString("deduction_reason_code"), rs.getString("deduction_reason"));
	}

	private static Money scaled(Money money) {
		return new Money(money.inCurrencyScale(), money.currency());
	}

	/**
	 * A stored advice.
	 *
	 * @param advice the advice as read from its file
	 * @param fileName the file it came in
	 */
	record Stored(RemittanceAdvice advice, String fileName) {

		/** How the payment's remittance names where its lines came from. */
		String source() {
			return "remittance advice " + this.advice.adviceKey() + " (" + this.fileName + " line "
					+ this.advice.firstLine() + ")";
		}

	}

	private record ResultRow(String key, long firstLine, long lastLine, String payerName, String payerAccount,
			String reference, String endToEndId, LocalDate paymentDate, Money amount, String fileName) {

		Stored with(List<AdviceLine> lines) {
			return new Stored(new RemittanceAdvice(this.key, this.firstLine, this.lastLine, this.payerName,
					this.payerAccount, this.reference, this.endToEndId, this.paymentDate,
					new Money(this.amount.inCurrencyScale(), this.amount.currency()), lines), this.fileName);
		}

	}

}
