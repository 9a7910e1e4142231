package io.cashpost.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.cashpost.benchmark.JobSteps.Step;

/**
 * Where the time of one {@code ingest} process went, stage by stage, from the steps the
 * job repository recorded and the process's own start and end.
 */
final class IngestStages {

	static final String STAGING_JOB = "ingestStatementJob";

	static final String MATCHING_JOB = "matchAndPostJob";

	private static final String PARTITIONS = "matchAndPostPartitionStep";

	private final List<Step> steps;

	private final LocalDateTime processStart;

	private final LocalDateTime processEnd;

	IngestStages(List<Step> steps, LocalDateTime processStart, LocalDateTime processEnd) {
		this.steps = steps.stream()
			.filter((step) -> step.job().equals(STAGING_JOB) || step.job().equals(MATCHING_JOB))
			.filter((step) -> step.jobStart() != null && !step.jobStart().isBefore(processStart))
			.toList();
		this.processStart = processStart;
		this.processEnd = processEnd;
	}

	/** {@code stageTransactionsStep}: reading the file and staging its transactions. */
	Optional<Duration> parseAndStage() {
		return step("stageTransactionsStep").map(Step::duration);
	}

	/**
	 * From the start of {@code matchAndPostJob} to its first step: the matching lock and
	 * the index of open invoices, built before the partitions start.
	 */
	Optional<Duration> beforeMatching() {
		return step("matchAndPostStep").map((step) -> Duration.between(step.jobStart(), step.start()));
	}

	/** {@code matchAndPostStep} from its start to its first partition's: routing. */
	Optional<Duration> partitioning() {
		Optional<LocalDateTime> firstPartition = partitions().stream()
			.map(Step::start)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder());
		return step("matchAndPostStep")
			.flatMap((manager) -> firstPartition.map((first) -> Duration.between(manager.start(), first)));
	}

	Optional<Duration> matchAndPostStep() {
		return step("matchAndPostStep").map(Step::duration);
	}

	/**
	 * {@code matchHandedOverStep}: the second round, each partition deciding the payments
	 * the others decided for its customers.
	 */
	Optional<Duration> handedOverStep() {
		return step("matchHandedOverStep").map(Step::duration);
	}

	Optional<Duration> remainderStep() {
		return step("matchRemainderStep").map(Step::duration);
	}

	Optional<Step> remainder() {
		return step("matchRemainderStep");
	}

	/** The partitions of both rounds. */
	List<Step> partitions() {
		return this.steps.stream().filter((step) -> step.name().startsWith(PARTITIONS + ":")).toList();
	}

	/** The partitions of {@code matchAndPostStep}. */
	List<Step> firstRound() {
		return this.steps.stream().filter((step) -> step.name().startsWith(PARTITIONS + ":partition")).toList();
	}

	/** The partitions of {@code matchHandedOverStep}. */
	List<Step> secondRound() {
		return this.steps.stream().filter((step) -> step.name().startsWith(PARTITIONS + ":handedOver")).toList();
	}

	/** First job's start to last job's end. */
	Optional<Duration> jobs() {
		Optional<LocalDateTime> first = this.steps.stream().map(Step::jobStart).min(Comparator.naturalOrder());
		Optional<LocalDateTime> last = this.steps.stream()
			.map(Step::jobEnd)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
		return first.flatMap((start) -> last.map((end) -> Duration.between(start, end)));
	}

	/**
	 * Process start to the first job: JVM, Spring, Flyway, the file hashed and archived.
	 */
	Optional<Duration> beforeJobs() {
		return this.steps.stream()
			.map(Step::jobStart)
			.min(Comparator.naturalOrder())
			.map((start) -> Duration.between(this.processStart, start));
	}

	/** Last job's end to the process's exit: the file's report, shutdown. */
	Optional<Duration> afterJobs() {
		return this.steps.stream()
			.map(Step::jobEnd)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map((end) -> Duration.between(end, this.processEnd));
	}

	/**
	 * A {@code cashpost.KEYMillis} timing of the matching steps: summed over the
	 * partitions and {@code matchRemainderStep} (thread time: partitions run side by
	 * side), else the manager step's own; empty when no step recorded it.
	 */
	Optional<Duration> summed(String... keys) {
		List<Step> workers = new ArrayList<>(partitions());
		remainder().ifPresent(workers::add);
		Optional<Long> sum = sum(workers, keys);
		if (sum.isEmpty()) {
			sum = sum(step("matchAndPostStep").stream().toList(), keys);
		}
		return sum.map(Duration::ofMillis);
	}

	/** A timing recorded once per run (the same in every step that carries it). */
	Optional<Duration> once(String key) {
		return this.steps.stream()
			.filter((step) -> step.job().equals(MATCHING_JOB))
			.map((step) -> step.timings().get(key))
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.map(Duration::ofMillis);
	}

	private static Optional<Long> sum(List<Step> steps, String... keys) {
		long total = 0;
		boolean found = false;
		for (Step step : steps) {
			for (String key : keys) {
				Long millis = step.timings().get(key);
				if (millis != null) {
					total += millis;
					found = true;
					break;
				}
			}
		}
		return found ? Optional.of(total) : Optional.empty();
	}

	private Optional<Step> step(String name) {
		return this.steps.stream().filter((step) -> step.name().equals(name)).reduce((first, second) -> second);
	}

}
