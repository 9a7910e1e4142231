package io.cashpost.worker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which JVM runs each partition. The placement is also the claim: whoever records it
 * first runs the partition, so a request delivered twice, or one the job's JVM took over,
 * runs once.
 */
@Repository
public class PartitionPlacements {

	private static final String CLAIM = """
			insert into partition_placement (step_execution_id, worker_id, runner, claimed_at)
			values (:stepExecutionId, :workerId, :runner, :claimedAt)
			on conflict (step_execution_id) do nothing
			""";

	private static final String PARTITIONS = """
			select s.job_execution_id, s.step_name, s.status, s.read_count, s.write_count, s.filter_count,
			       s.exit_message, coalesce(p.runner, '-') as runner
			  from batch_step_execution s
			  left join partition_placement p on p.step_execution_id = s.step_execution_id
			 where s.job_execution_id in (:jobExecutionIds)
			   and s.step_name like '%:partition%'
			 order by s.job_execution_id, p.runner nulls last, s.step_name
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	PartitionPlacements(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a partition for a runner; joins the caller's transaction if there is one.
	 * @return whether the claim is new: {@code false} when someone claimed it before
	 */
	boolean claim(long stepExecutionId, Runner runner) {
		return this.jdbc.sql(CLAIM)
			.param("stepExecutionId", stepExecutionId)
			.param("workerId", runner.workerId())
			.param("runner", runner.name())
			.param("claimedAt", OffsetDateTime.now(this.clock))
			.update() == 1;
	}

	/** The placements of these partitions, by step execution; absent: not claimed. */
	Map<Long, Runner> of(Collection<Long> stepExecutionIds) {
		Map<Long, Runner> placements = new HashMap<>();
		if (stepExecutionIds.isEmpty()) {
			return placements;
		}
		this.jdbc.sql("""
				select step_execution_id, worker_id, runner from partition_placement
				 where step_execution_id in (:ids)
				""").param("ids", stepExecutionIds).query((rs, row) -> {
			long id = rs.getLong("worker_id");
			Long workerId = rs.wasNull() ? null : id;
			return placements.put(rs.getLong("step_execution_id"), new Runner(workerId, rs.getString("runner")));
		}).list();
		return placements;
	}

	/**
	 * The partitions of these job executions and who ran them, ordered by runner.
	 * @return by job execution; executions without partitions are absent
	 */
	public Map<Long, List<PartitionRun>> partitionsOf(Collection<Long> jobExecutionIds) {
		Map<Long, List<PartitionRun>> runs = new LinkedHashMap<>();
		if (jobExecutionIds.isEmpty()) {
			return runs;
		}
		this.jdbc.sql(PARTITIONS)
			.param("jobExecutionIds", jobExecutionIds)
			.query(PartitionPlacements::partitionRun)
			.list()
			.forEach((run) -> runs.computeIfAbsent(run.jobExecutionId(), (id) -> new ArrayList<>()).add(run));
		return runs;
	}

	private static PartitionRun partitionRun(ResultSet rs, int row) throws SQLException {
		String stepName = rs.getString("step_name");
		String exit = rs.getString("exit_message");
		return new PartitionRun(rs.getLong("job_execution_id"), stepName.substring(stepName.indexOf(':') + 1),
				rs.getString("status"), rs.getString("runner"), rs.getLong("read_count"), rs.getLong("write_count"),
				rs.getLong("filter_count"), StoredFailure.cause(exit));
	}

}
