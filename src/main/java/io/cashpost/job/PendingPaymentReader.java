package io.cashpost.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import io.cashpost.matching.Payment;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceJson;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the staged transactions of fully ingested files that matching has not decided
 * yet, a page at a time by id. It keeps no state across runs: what was decided is no
 * longer "new", so a restarted run picks up exactly what is left. In a partition it reads
 * only the payments routed to that partition.
 */
class PendingPaymentReader implements ItemReader<Payment> {

	private static final String NEXT_PAGE = """
			select t.transaction_id, t.source_key, t.account, t.currency, t.amount, t.value_date, t.booking_date,
			       t.entry_status, t.reversal, t.debtor_name, t.debtor_account, t.remittance_text,
			       t.creditor_reference, t.referred_documents, t.bank_transaction_code, t.remittance_lines,
			       t.card_transaction_id is not null as by_card
			  from bank_transaction t
			  join statement_file f on f.file_id = t.file_id
			 where t.match_status = 'new'
			   and f.status = 'ingested'
			   and t.transaction_id > :after
			 order by t.transaction_id
			 limit :pageSize
			""";

	private static final String NEXT_PAGE_OF_PARTITION = """
			select t.transaction_id, t.source_key, t.account, t.currency, t.amount, t.value_date, t.booking_date,
			       t.entry_status, t.reversal, t.debtor_name, t.debtor_account, t.remittance_text,
			       t.creditor_reference, t.referred_documents, t.bank_transaction_code, t.remittance_lines,
			       t.card_transaction_id is not null as by_card
			  from match_route r
			  join bank_transaction t on t.transaction_id = r.transaction_id
			  join statement_file f on f.file_id = t.file_id
			 where r.route_id = :routeId
			   and r.partition_no = :partition
			   and r.transaction_id > :after
			   and t.match_status = 'new'
			   and f.status = 'ingested'
			 order by r.transaction_id
			 limit :pageSize
			""";

	private final JdbcClient jdbc;

	private final int pageSize;

	private final Long routeId;

	private final Integer partition;

	private final Deque<Payment> page = new ArrayDeque<>();

	private long after;

	/** Reads every pending payment. */
	PendingPaymentReader(JdbcClient jdbc, int pageSize) {
		this(jdbc, pageSize, null, null);
	}

	/** Reads the pending payments routed to one partition of a run. */
	PendingPaymentReader(JdbcClient jdbc, int pageSize, Long routeId, Integer partition) {
		this.jdbc = jdbc;
		this.pageSize = pageSize;
		this.routeId = routeId;
		this.partition = partition;
	}

	@Override
	public Payment read() {
		if (this.page.isEmpty()) {
			List<Payment> next = nextPage();
			if (next.isEmpty()) {
				return null;
			}
			this.page.addAll(next);
			this.after = next.get(next.size() - 1).transactionId();
		}
		return this.page.poll();
	}

	private List<Payment> nextPage() {
		if (this.routeId == null) {
			return this.jdbc.sql(NEXT_PAGE)
				.param("after", this.after)
				.param("pageSize", this.pageSize)
				.query(PendingPaymentReader::payment)
				.list();
		}
		return this.jdbc.sql(NEXT_PAGE_OF_PARTITION)
			.param("routeId", this.routeId)
			.param("partition", this.partition)
			.param("after", this.after)
			.param("pageSize", this.pageSize)
			.query(PendingPaymentReader::payment)
			.list();
	}

	private static Payment payment(ResultSet rs, int row) throws SQLException {
		LocalDate valueDate = rs.getObject("value_date", LocalDate.class);
		String text = rs.getString("remittance_text");
		String[] documents = (String[]) rs.getArray("referred_documents").getArray();
		RemittanceInfo remittance = new RemittanceInfo((text == null || text.isEmpty()) ? List.of() : List.of(text),
				rs.getString("creditor_reference"), Arrays.asList(documents),
				RemittanceJson.read(rs.getString("remittance_lines")));
		return new Payment(rs.getLong("transaction_id"), rs.getString("source_key"), rs.getString("account"),
				Money.of(rs.getBigDecimal("amount"), rs.getString("currency")),
				(valueDate != null) ? valueDate : rs.getObject("booking_date", LocalDate.class),
				EntryStatus.valueOf(rs.getString("entry_status")), rs.getBoolean("reversal"),
				rs.getString("debtor_name"), rs.getString("debtor_account"), remittance,
				rs.getString("bank_transaction_code"), rs.getBoolean("by_card"));
	}

}
