package io.cashpost.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Recent job executions from the job repository, with the counts of their steps, for
 * {@code jobs}. A partitioned step's partitions are counted once, through their manager
 * step.
 */
@Repository
public class JobHistory {

	private static final String RECENT = """
			select e.job_execution_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time,
			       e.exit_message,
			       (select string_agg(p.parameter_name || '=' || p.parameter_value, ' ' order by p.parameter_name)
			          from batch_job_execution_params p
			         where p.job_execution_id = e.job_execution_id and p.identifying = 'Y') as parameters,
			       coalesce(sum(s.read_count), 0) as read_count,
			       coalesce(sum(s.write_count), 0) as write_count,
			       coalesce(sum(s.filter_count), 0) as filter_count
			  from batch_job_execution e
			  join batch_job_instance i on i.job_instance_id = e.job_instance_id
			  left join batch_step_execution s on s.job_execution_id = e.job_execution_id
			                                  and s.step_name not like '%:partition%'
			 where (cast(:job as text) is null or i.job_name = :job)
			 group by e.job_execution_id, i.job_name
			 order by e.job_execution_id desc
			 limit :limit
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	JobHistory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The latest executions, newest first.
	 * @param job only this job's, or {@code null} for all
	 * @param limit at most this many
	 */
	public List<JobExecutionRecord> recent(String job, int limit) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.jdbc.sql(RECENT).param("job", job).param("limit", limit).query((rs, row) -> record(rs, now)).list();
	}

	private static JobExecutionRecord record(ResultSet rs, LocalDateTime now) throws SQLException {
		LocalDateTime started = localDateTime(rs.getTimestamp("start_time"));
		LocalDateTime ended = localDateTime(rs.getTimestamp("end_time"));
		Duration duration = (started != null) ? Duration.between(started, (ended != null) ? ended : now) : null;
		String firstLine = failure(rs.getString("exit_message"));
		return new JobExecutionRecord(rs.getLong("job_execution_id"), rs.getString("job_name"),
				(rs.getString("parameters") != null) ? rs.getString("parameters") : "", rs.getString("status"),
				rs.getString("exit_code"), started, duration, rs.getLong("read_count"), rs.getLong("write_count"),
				rs.getLong("filter_count"), firstLine);
	}

	/**
	 * The root cause from a stored stack trace (which the repository cuts short): its
	 * last {@code Caused by} without the exception's class, else PostgreSQL's own
	 * {@code ERROR:} line, else the first line.
	 */
	static String failure(String exitMessage) {
		if (exitMessage == null || exitMessage.isBlank()) {
			return "";
		}
		List<String> lines = exitMessage.lines().toList();
		String failure = lines.get(0);
		boolean causeFound = false;
		for (String line : lines) {
			if (line.startsWith("Caused by: ")) {
				failure = line.substring("Caused by: ".length());
				causeFound = true;
			}
			else if (!causeFound && line.contains("ERROR: ") && !line.startsWith("\t")) {
				failure = line.substring(line.indexOf("ERROR: "));
			}
		}
		return failure.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
	}

	private static LocalDateTime localDateTime(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

}
