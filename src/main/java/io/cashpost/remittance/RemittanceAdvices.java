package io.cashpost.remittance;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remittance advice files from arrival to what became of each advice: a registered file
 * read and checked whole, its advices stored together or not at all; per file, what was
 * linked and what waits.
 */
@Service
public class RemittanceAdvices {

	private static final String SUMMARIES = """
			select a.file_id, count(*) as advices,
			       sum((select count(*) from remittance_advice_line l where l.advice_id = a.advice_id)) as lines,
			       count(*) filter (where a.status = 'linked') as linked,
			       count(*) filter (where a.status = 'waiting') as waiting,
			       count(*) filter (where a.status = 'waiting' and a.detail like 'ambiguous%') as ambiguous,
			       count(*) filter (where a.status = 'expired') as expired,
			       count(*) filter (where a.outcome = 'posted') as posted,
			       count(*) filter (where a.outcome = 'disagrees') as disagreeing
			  from remittance_advice a
			 where a.file_id = any (:fileIds::bigint[])
			 group by a.file_id
			""";

	private static final String ROWS = """
			select a.advice_id, a.file_id, f.file_name, a.advice_key, a.first_line, a.payer_name, a.payer_account,
			       a.payment_reference, a.end_to_end_id, a.payment_date, a.currency, a.amount,
			       (select count(*) from remittance_advice_line l where l.advice_id = a.advice_id) as lines,
			       a.status, a.bank_transaction_id, a.linked_by, a.outcome, a.detail
			  from remittance_advice a
			  join statement_file f on f.file_id = a.file_id
			 where (cast(:fileId as bigint) is null or a.file_id = :fileId)
			   and (cast(:status as text) is null or a.status = :status)
			 order by a.advice_id
			""";

	private final AdviceStaging staging;

	private final JdbcClient jdbc;

	private final Clock clock;

	RemittanceAdvices(AdviceStaging staging, JdbcClient jdbc, Clock clock) {
		this.staging = staging;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Reads the registered file whole and stores its advices, all or none.
	 * @param name the file's name as messages give it
	 * @return the advices stored
	 * @throws AdviceReadException when the file cannot be read or an advice does not add
	 * up; nothing is stored then
	 */
	@Transactional
	public int receive(long fileId, Path file, String name) {
		List<RemittanceAdvice> advices = AdviceFiles.read(file, name);
		this.staging.stage(fileId, advices, this.clock.instant());
		return advices.size();
	}

	/** What became of the files' advices, by file; files without advices are left out. */
	public Map<Long, AdviceSummary> summaries(Collection<Long> fileIds) {
		Map<Long, AdviceSummary> summaries = new LinkedHashMap<>();
		if (fileIds.isEmpty()) {
			return summaries;
		}
		this.jdbc.sql(SUMMARIES)
			.param("fileIds", SqlArrays.bigint(fileIds, (id) -> id))
			.query((rs, row) -> new AdviceSummary(rs.getLong("file_id"), rs.getInt("advices"), rs.getInt("lines"),
					rs.getInt("linked"), rs.getInt("waiting"), rs.getInt("ambiguous"), rs.getInt("expired"),
					rs.getInt("posted"), rs.getInt("disagreeing")))
			.list()
			.forEach((summary) -> summaries.put(summary.fileId(), summary));
		return summaries;
	}

	/**
	 * The advices, oldest first.
	 * @param fileId only this file's, or {@code null} for all
	 * @param status only those with this status, or {@code null} for all
	 */
	public List<AdviceRow> list(Long fileId, String status) {
		return this.jdbc.sql(ROWS)
			.param("fileId", fileId)
			.param("status", status)
			.query((rs, row) -> new AdviceRow(rs.getLong("advice_id"), rs.getLong("file_id"), rs.getString("file_name"),
					rs.getString("advice_key"), rs.getInt("first_line"), rs.getString("payer_name"),
					rs.getString("payer_account"), rs.getString("payment_reference"), rs.getString("end_to_end_id"),
					rs.getObject("payment_date", java.time.LocalDate.class), rs.getString("currency"),
					rs.getBigDecimal("amount"), rs.getInt("lines"), rs.getString("status"),
					(Long) rs.getObject("bank_transaction_id"), rs.getString("linked_by"), rs.getString("outcome"),
					rs.getString("detail")))
			.list();
	}

}
