package io.cashpost.job;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads back what matching and posting did with one file's transactions. */
@Component
class FileReport {

	private static final String COUNTS = """
			select count(distinct t.entry_index) as entries,
			       count(*) as transactions,
			       count(*) filter (where t.match_status = 'posted') as posted,
			       count(*) filter (where t.match_status = 'not_receivable') as not_receivable,
			       count(*) filter (where t.match_status = 'not_booked') as not_booked,
			       count(*) filter (where t.match_status = 'confirmed') as confirmed,
			       count(*) filter (where exists (select 1 from allocation a
			                                        where a.bank_transaction_id = t.transaction_id
			                                          and a.reason_code = 'short_payment')) as partial
			  from bank_transaction t
			 where t.file_id = :fileId
			""";

	private static final String POSTED_AMOUNTS = """
			select currency, sum(amount) as amount
			  from bank_transaction
			 where file_id = :fileId and match_status = 'posted'
			 group by currency
			""";

	private static final String EXCEPTIONS = """
			select e.reason, count(*) as items
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			 where t.file_id = :fileId
			 group by e.reason
			""";

	private final JdbcClient jdbc;

	FileReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	FileOutcome of(long fileId, String fileName, String format) {
		Map<String, Object> counts = this.jdbc.sql(COUNTS).param("fileId", fileId).query().singleRow();
		Map<String, BigDecimal> amounts = new TreeMap<>();
		this.jdbc.sql(POSTED_AMOUNTS)
			.param("fileId", fileId)
			.query((rs, row) -> amounts.put(rs.getString("currency"),
					Money.of(rs.getBigDecimal("amount"), rs.getString("currency")).inCurrencyScale()))
			.list();
		Map<String, Integer> exceptions = new TreeMap<>();
		this.jdbc.sql(EXCEPTIONS)
			.param("fileId", fileId)
			.query((rs, row) -> exceptions.put(rs.getString("reason"), rs.getInt("items")))
			.list();
		return new FileOutcome(fileName, fileId, "ingested", null, format, count(counts, "entries"),
				count(counts, "transactions"), count(counts, "posted"), amounts, count(counts, "partial"), exceptions,
				count(counts, "not_receivable"), count(counts, "not_booked"), count(counts, "confirmed"));
	}

	private static int count(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

}
