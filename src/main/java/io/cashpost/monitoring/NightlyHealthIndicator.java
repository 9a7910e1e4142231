package io.cashpost.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.cashpost.job.JobExecutionRecord;
import io.cashpost.job.JobHistory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code nightly} health group: UP when the nightly run last completed within the
 * allowed age, DOWN when its last run failed or the last completed one is too old,
 * UNKNOWN before the first run. Details: the last run's id, status, start and age.
 */
@Component("nightlyRun")
class NightlyHealthIndicator extends AbstractHealthIndicator {

	private final JobHistory history;

	private final MonitoringProperties properties;

	private final Clock clock;

	NightlyHealthIndicator(JobHistory history, MonitoringProperties properties, Clock clock) {
		super("the nightly run's health could not be read");
		this.history = history;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<JobExecutionRecord> runs = this.history.recent(this.properties.nightlyJob(), 20);
		if (runs.isEmpty()) {
			builder.unknown().withDetail("job", this.properties.nightlyJob()).withDetail("detail", "never ran");
			return;
		}
		JobExecutionRecord last = runs.get(0);
		builder.withDetail("job", this.properties.nightlyJob())
			.withDetail("lastExecution", last.executionId())
			.withDetail("lastStatus", last.status())
			.withDetail("lastStarted", String.valueOf(last.started()));
		JobExecutionRecord lastCompleted = runs.stream()
			.filter((run) -> run.status().equals("COMPLETED"))
			.findFirst()
			.orElse(null);
		Instant now = this.clock.instant();
		if (last.status().equals("FAILED") || last.status().equals("ABANDONED")) {
			builder.down().withDetail("detail", "the last run failed: " + last.exitMessage());
			return;
		}
		if (lastCompleted == null) {
			builder.down().withDetail("detail", "no run completed among the last " + runs.size());
			return;
		}
		Instant ended = ended(lastCompleted);
		Duration age = Duration.between(ended, now);
		builder.withDetail("lastCompletedAt", ended.toString()).withDetail("lastCompletedAge", age.toString());
		if (age.compareTo(this.properties.nightlyMaxAge()) > 0) {
			builder.down()
				.withDetail("detail", "the last completed run is older than " + this.properties.nightlyMaxAge());
		}
		else {
			builder.up();
		}
	}

	private Instant ended(JobExecutionRecord run) {
		Instant started = run.started().atZone(this.clock.getZone()).toInstant();
		return (run.duration() != null) ? started.plus(run.duration()) : started;
	}

}
