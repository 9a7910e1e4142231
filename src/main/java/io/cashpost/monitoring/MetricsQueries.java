package io.cashpost.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind the metrics. Counting postings reads only the ids written since the
 * last read (a primary-key range), so it stays cheap however long the ledger grows.
 */
@Repository
class MetricsQueries {

	private static final String FILES = """
			select coalesce(format, 'unknown') as format, status, count(*) as n from statement_file group by 1, 2
			union all
			select 'unknown', 'refused', count(*) from file_refusal
			""";

	private static final String ENTRIES = """
			select coalesce(f.format, 'unknown') as format, t.match_status as outcome, count(*) as n
			  from bank_transaction t
			  join statement_file f on f.file_id = t.file_id
			 group by 1, 2
			""";

	private static final String EXCEPTIONS = """
			select reason, count(*) as n, min(created_at) as oldest
			  from exception_item
			 where status = 'open'
			 group by reason
			""";

	private static final String DECIDED = """
			select (select count(distinct journal_entry_id) from allocation
			         where posted_at >= :since and rule <> 'manual') as automatic,
			       (select count(*) from exception_item
			         where suspense_entry_id is not null and created_at >= :since) as referred
			""";

	private static final String LAST_RUNS = """
			select distinct on (i.job_name) i.job_name, e.status, e.start_time, e.end_time
			  from batch_job_execution e
			  join batch_job_instance i on i.job_instance_id = e.job_instance_id
			 order by i.job_name, e.job_execution_id desc
			""";

	private static final String LAST_SUCCESS = """
			select i.job_name, max(e.end_time) as ended
			  from batch_job_execution e
			  join batch_job_instance i on i.job_instance_id = e.job_instance_id
			 where e.status = 'COMPLETED'
			 group by i.job_name
			""";

	private static final String SEEN = """
			select (select coalesce(max(journal_entry_id), 0) from journal_entry) as postings,
			       (select coalesce(max(allocation_id), 0) from allocation) as allocations,
			       (select coalesce(sum(cardinality(ids)), 0) from feed_outbox) as outbox
			""";

	private static final String DELIVERIES = """
			select case when delivered_at is not null then 'delivered'
			            when gave_up_at is not null then 'gave_up' else 'pending' end as state, count(*) as n
			  from webhook_delivery
			 group by 1
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	MetricsQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Snapshot read() {
		List<TaggedValue> files = this.jdbc.sql(FILES)
			.query((rs, row) -> new TaggedValue(
					new String[] { "format", rs.getString("format"), "status", rs.getString("status") },
					rs.getLong("n")))
			.list();
		List<TaggedValue> entries = this.jdbc.sql(ENTRIES)
			.query((rs, row) -> new TaggedValue(
					new String[] { "format", rs.getString("format"), "outcome", rs.getString("outcome") },
					rs.getLong("n")))
			.list();
		List<Exceptions> exceptions = this.jdbc.sql(EXCEPTIONS)
			.query((rs, row) -> new Exceptions(rs.getString("reason"), rs.getLong("n"), rs.getTimestamp("oldest")))
			.list();
		double oldest = exceptions.stream()
			.mapToDouble((e) -> Duration.between(e.oldest().toInstant(), this.clock.instant()).toSeconds())
			.max()
			.orElse(0);
		double ratio = this.jdbc.sql(DECIDED)
			.param("since", Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.query((rs, row) -> {
				long automatic = rs.getLong("automatic");
				long decided = automatic + rs.getLong("referred");
				return (decided == 0) ? Double.NaN : (double) automatic / decided;
			})
			.single();
		List<Run> runs = this.jdbc.sql(LAST_RUNS)
			.query((rs, row) -> new Run(rs.getString("job_name"), rs.getString("status"), rs.getTimestamp("start_time"),
					rs.getTimestamp("end_time")))
			.list();
		long[] seen = this.jdbc.sql(SEEN)
			.query((rs, row) -> new long[] { rs.getLong("postings"), rs.getLong("allocations"), rs.getLong("outbox") })
			.single();
		List<TaggedValue> deliveries = this.jdbc.sql(DELIVERIES)
			.query((rs, row) -> new TaggedValue(new String[] { "state", rs.getString("state") }, rs.getLong("n")))
			.list();
		return new Snapshot(
				List.of(files, entries, exceptions
					.stream()
					.map((e) -> new TaggedValue(new String[] { "reason", e.reason() }, e.open()))
					.toList(),
						runs.stream()
							.filter((r) -> r.ended() != null && r.started() != null)
							.map(Run::duration)
							.toList(),
						this.jdbc.sql(LAST_SUCCESS)
							.query((rs, row) -> new TaggedValue(new String[] { "job", rs.getString("job_name") },
									rs.getTimestamp("ended").toInstant().getEpochSecond()))
							.list(),
						runs.stream().map(Run::failed).toList(), deliveries),
				ratio, oldest, seen[0], seen[1], seen[2]);
	}

	/**
	 * What one refresh read.
	 *
	 * @param tagged values per tag set, in the order of the tagged gauges
	 * @param autoMatchRatio automatic / decided over the last 24 hours (NaN when none)
	 * @param oldestExceptionAge seconds
	 * @param postingsSeen the highest journal entry id
	 * @param allocationsSeen the highest allocation id
	 * @param outbox rows waiting in the feed's outbox
	 */
	record Snapshot(List<List<TaggedValue>> tagged, double autoMatchRatio, double oldestExceptionAge, long postingsSeen,
			long allocationsSeen, long outbox) {
	}

	/**
	 * One value of a tagged gauge.
	 *
	 * @param tags name, value, name, value ...
	 * @param value the value
	 */
	record TaggedValue(String[] tags, double value) {
	}

	private record Exceptions(String reason, long open, Timestamp oldest) {
	}

	private record Run(String job, String status, Timestamp started, Timestamp ended) {

		TaggedValue duration() {
			return new TaggedValue(new String[] { "job", this.job },
					Duration.between(this.started.toInstant(), this.ended.toInstant()).toMillis() / 1000.0);
		}

		TaggedValue failed() {
			return new TaggedValue(new String[] { "job", this.job }, "FAILED".equals(this.status) ? 1 : 0);
		}

	}

}
