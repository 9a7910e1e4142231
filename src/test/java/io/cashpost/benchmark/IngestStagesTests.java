package io.cashpost.benchmark;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import io.cashpost.benchmark.JobSteps.Step;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestStagesTests {

	private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 20, 6, 0);

	@Test
	void stagesComeFromTheStepsOfTheIngestJobs() {
		IngestStages stages = new IngestStages(steps(Map.of(), Map.of()), T0, at(60_000));
		assertThat(stages.parseAndStage()).contains(Duration.ofSeconds(10));
		assertThat(stages.beforeMatching()).contains(Duration.ofSeconds(2));
		assertThat(stages.partitioning()).contains(Duration.ofSeconds(3));
		assertThat(stages.matchAndPostStep()).contains(Duration.ofSeconds(30));
		assertThat(stages.handedOverStep()).contains(Duration.ofSeconds(3));
		assertThat(stages.remainderStep()).contains(Duration.ofSeconds(5));
		assertThat(stages.partitions()).hasSize(3);
		assertThat(stages.firstRound()).extracting(Step::name)
			.containsExactly("matchAndPostPartitionStep:partition0", "matchAndPostPartitionStep:partition1");
		assertThat(stages.secondRound()).extracting(Step::name)
			.containsExactly("matchAndPostPartitionStep:handedOver0");
		assertThat(stages.jobs()).contains(Duration.ofSeconds(50));
		assertThat(stages.beforeJobs()).contains(Duration.ofSeconds(1));
		assertThat(stages.afterJobs()).contains(Duration.ofSeconds(9));
	}

	@Test
	void timingsAbsentFromTheContextsAreNotMade() {
		IngestStages stages = new IngestStages(steps(Map.of(), Map.of()), T0, at(60_000));
		assertThat(stages.summed("matchMillis")).isEmpty();
		assertThat(stages.once("routeMillis")).isEmpty();
	}

	@Test
	void matchingTimingsAreSummedOverPartitionsOfBothRoundsAndTheRemainderRoutingTakenOnce() {
		IngestStages stages = new IngestStages(
				steps(Map.of("matchMillis", 4000L, "postMillis", 9000L, "routeMillis", 2500L),
						Map.of("matchMillis", 300L, "postMillis", 700L)),
				T0, at(60_000));
		assertThat(stages.summed("matchMillis")).contains(Duration.ofMillis(12300));
		assertThat(stages.summed("postMillis")).contains(Duration.ofMillis(27700));
		assertThat(stages.once("routeMillis")).contains(Duration.ofMillis(2500));
	}

	@Test
	void stepsOfEarlierProcessesAreLeftOut() {
		Step earlier = new Step("ingestStatementJob", 1, T0.minusHours(1), T0.minusMinutes(59), "stageTransactionsStep",
				T0.minusHours(1), T0.minusMinutes(59), "COMPLETED", 10, 10, 0, Map.of());
		IngestStages stages = new IngestStages(List.of(earlier), T0, at(60_000));
		assertThat(stages.parseAndStage()).isEmpty();
	}

	/**
	 * Staging 1-11 s; matching job from 11 s: manager 13-43 s, partitions 16-40 s, second
	 * round 41-44 s, remainder 45-50 s, job end 51 s.
	 */
	private static List<Step> steps(Map<String, Long> partitionTimings, Map<String, Long> remainderTimings) {
		return List.of(
				new Step("ingestStatementJob", 1, at(1000), at(11_000), "stageTransactionsStep", at(1000), at(11_000),
						"COMPLETED", 1000, 1000, 0, Map.of()),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchAndPostStep", at(13_000), at(43_000),
						"COMPLETED", 1000, 990, 10, Map.of()),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchAndPostPartitionStep:partition0",
						at(16_000), at(40_000), "COMPLETED", 500, 495, 5, partitionTimings),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchAndPostPartitionStep:partition1",
						at(16_500), at(39_000), "COMPLETED", 500, 495, 5, partitionTimings),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchHandedOverStep", at(41_000), at(44_000),
						"COMPLETED", 5, 5, 0, Map.of()),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchAndPostPartitionStep:handedOver0",
						at(41_500), at(43_500), "COMPLETED", 5, 5, 0, partitionTimings),
				new Step("matchAndPostJob", 2, at(11_000), at(51_000), "matchRemainderStep", at(45_000), at(50_000),
						"COMPLETED", 10, 10, 0, remainderTimings));
	}

	private static LocalDateTime at(long millis) {
		return T0.plus(Duration.ofMillis(millis));
	}

}
