package io.cashpost.exceptionqueue;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the exception queue back for exports, oldest first. */
@Service
public class ExceptionReport {

	private static final String LINES = """
			select e.exception_id, f.file_name as file, t.entry_ref, t.end_to_end_id, t.currency, t.amount,
			       coalesce(t.value_date, t.booking_date) as value_date, t.debtor_name, t.debtor_account,
			       t.remittance_text as remittance, e.reason, e.detail,
			       (select string_agg(concat(s ->> 'invoice_number', ' (', s ->> 'customer_id', ', open ',
			                                 s ->> 'currency', ' ', s ->> 'open_amount', ', score ', s ->> 'score', ')'),
			                          ' | ' order by n)
			          from jsonb_array_elements(e.suggestions) with ordinality as suggestion(s, n)) as suggestions,
			       e.status, e.created_at
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			  join statement_file f on f.file_id = t.file_id
			 order by e.exception_id
			""";

	private final JdbcClient jdbc;

	ExceptionReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void forEach(Consumer<ExceptionLine> consumer) {
		try (Stream<ExceptionLine> lines = this.jdbc.sql(LINES).query(ExceptionLine.class).stream()) {
			lines.forEach(consumer);
		}
	}

}
