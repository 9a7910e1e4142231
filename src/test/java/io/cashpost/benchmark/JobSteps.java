package io.cashpost.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

/**
 * The steps the jobs of one Cashpost process ran, as the Spring Batch job repository
 * recorded them: start and end, counts, and the {@code cashpost.*Millis} timings a step
 * left in its execution context.
 */
final class JobSteps {

	private static final String STEPS = """
			select i.job_name, j.job_execution_id, j.start_time as job_start, j.end_time as job_end, j.status as job_status,
			       s.step_name, s.start_time, s.end_time, s.status, s.read_count, s.write_count, s.filter_count,
			       s.commit_count, c.short_context, c.serialized_context
			  from batch_job_execution j
			  join batch_job_instance i on i.job_instance_id = j.job_instance_id
			  left join batch_step_execution s on s.job_execution_id = j.job_execution_id
			  left join batch_step_execution_context c on c.step_execution_id = s.step_execution_id
			 where i.job_name = any (?)
			 order by j.job_execution_id, s.step_execution_id
			""";

	/**
	 * A timing in the context, however it was serialized: {@code cashpost.matchMillis}.
	 */
	private static final Pattern TIMING = Pattern.compile("cashpost\\.([A-Za-z]+Millis)\"[^0-9]{0,60}?(\\d+)");

	private JobSteps() {
	}

	/**
	 * One step execution.
	 *
	 * @param job its job's name
	 * @param jobExecutionId its job execution
	 * @param jobStart when the job execution started
	 * @param jobEnd when it ended
	 * @param name the step's name ({@code matchAndPostPartitionStep:partition0} for a
	 * partition)
	 * @param start when the step started
	 * @param end when it ended ({@code null}: it did not)
	 * @param status its batch status
	 * @param reads items read
	 * @param writes items written
	 * @param filtered items filtered (for a partition: left to the serial step)
	 * @param timings the {@code cashpost.*Millis} entries of its context, by key
	 */
	record Step(String job, long jobExecutionId, LocalDateTime jobStart, LocalDateTime jobEnd, String name,
			LocalDateTime start, LocalDateTime end, String status, long reads, long writes, long filtered,
			Map<String, Long> timings) {

		Duration duration() {
			return (this.start == null || this.end == null) ? null : Duration.between(this.start, this.end);
		}

	}

	static List<Step> read(Connection connection, String... jobNames) throws SQLException {
		List<Step> steps = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(STEPS)) {
			query.setArray(1, connection.createArrayOf("text", jobNames));
			try (ResultSet row = query.executeQuery()) {
				while (row.next()) {
					if (row.getString("step_name") == null) {
						continue;
					}
					String context = (row.getString("serialized_context") != null) ? row.getString("serialized_context")
							: row.getString("short_context");
					steps.add(new Step(row.getString("job_name"), row.getLong("job_execution_id"),
							time(row.getTimestamp("job_start")), time(row.getTimestamp("job_end")),
							row.getString("step_name"), time(row.getTimestamp("start_time")),
							time(row.getTimestamp("end_time")), row.getString("status"), row.getLong("read_count"),
							row.getLong("write_count"), row.getLong("filter_count"), timings(context)));
				}
			}
		}
		return steps;
	}

	/**
	 * The {@code cashpost.*Millis} entries: from the context as Spring Batch's default
	 * serializer writes it (Base64 of Java serialization), else found in its text (a JSON
	 * serializer).
	 */
	static Map<String, Long> timings(String context) {
		Map<String, Long> timings = new LinkedHashMap<>();
		if (context == null || context.isBlank()) {
			return timings;
		}
		try {
			Map<String, Object> entries = new DefaultExecutionContextSerializer()
				.deserialize(new ByteArrayInputStream(context.getBytes(StandardCharsets.US_ASCII)));
			entries.forEach((key, value) -> {
				Long millis = millis(value);
				if (key.startsWith("cashpost.") && key.endsWith("Millis") && millis != null) {
					timings.put(key.substring("cashpost.".length()), millis);
				}
			});
			return timings;
		}
		catch (IOException | RuntimeException ex) {
			Matcher timing = TIMING.matcher(context);
			while (timing.find()) {
				timings.put(timing.group(1), Long.parseLong(timing.group(2)));
			}
			return timings;
		}
	}

	private static Long millis(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		try {
			return (value != null) ? Long.valueOf(value.toString().trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static LocalDateTime time(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toLocalDateTime() : null;
	}

}
