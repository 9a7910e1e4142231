package io.cashpost.posting;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads allocations back for exports, oldest first. */
@Service
public class AllocationReport {

	private static final String LINES = """
			select a.allocation_id, f.file_name as file, t.entry_ref, t.end_to_end_id, i.invoice_number,
			       a.customer_id, a.currency, a.applied_amount, a.discount_amount, a.write_off_amount,
			       a.reason_code, a.rule, a.confidence, a.evidence, a.status, a.posted_at, a.deduction_amount,
			       a.deduction_reason, a.credit_note_amount
			  from allocation a
			  left join bank_transaction t on t.transaction_id = a.bank_transaction_id
			  left join statement_file f on f.file_id = t.file_id
			  left join invoice i on i.invoice_id = a.invoice_id
			 order by a.allocation_id
			""";

	private final JdbcClient jdbc;

	AllocationReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void forEach(Consumer<AllocationLine> consumer) {
		try (Stream<AllocationLine> lines = this.jdbc.sql(LINES).query(AllocationLine.class).stream()) {
			lines.forEach(consumer);
		}
	}

}
