package io.cashpost.settlement;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the settlement batches back for exports, oldest first. */
@Service
public class SettlementReport {

	private static final String LINES = """
			select f.file_name as file, b.acquirer, b.batch_ref as batch_id, b.currency, b.gross_amount,
			       b.fee_amount, b.net_amount, b.payout_reference, b.payout_date, t.entry_ref as bank_entry_ref, b.status
			  from settlement_batch b
			  join statement_file f on f.file_id = b.file_id
			  left join bank_transaction t on t.transaction_id = b.bank_transaction_id
			 order by b.settlement_batch_id
			""";

	private final JdbcClient jdbc;

	SettlementReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void forEach(Consumer<SettlementLine> consumer) {
		try (Stream<SettlementLine> lines = this.jdbc.sql(LINES).query(SettlementLine.class).stream()) {
			lines.forEach(consumer);
		}
	}

}
