package io.cashpost.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;

import static org.assertj.core.api.Assertions.assertThat;

class JobStepsTests {

	@Test
	void timingsAreReadFromTheContextAsSpringBatchStoresIt() throws IOException {
		ByteArrayOutputStream context = new ByteArrayOutputStream();
		new DefaultExecutionContextSerializer()
			.serialize(Map.of("cashpost.matchMillis", 1234L, "cashpost.matchMillis.nanos", 1234567890L,
					"cashpost.postMillis", 56, "routeId", 7L, "batch.version", "6.0.6"), context);
		assertThat(JobSteps.timings(context.toString(StandardCharsets.US_ASCII)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("matchMillis", 1234L, "postMillis", 56L));
	}

	@Test
	void timingsAreFoundInAJsonContext() {
		assertThat(JobSteps
			.timings("{\"@class\":\"java.util.HashMap\",\"cashpost.routeMillis.nanos\":[\"java.lang.Long\",812345678],"
					+ "\"cashpost.routeMillis\":[\"java.lang.Long\",812],\"partition\":1}"))
			.containsExactly(Map.entry("routeMillis", 812L));
	}

	@Test
	void aContextWithoutTimingsHasNone() {
		assertThat(JobSteps.timings(null)).isEmpty();
		assertThat(JobSteps.timings("{\"partition\":1}")).isEmpty();
	}

}
