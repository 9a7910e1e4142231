package io.cashpost.worker;

import org.junit.jupiter.api.Test;

import org.springframework.batch.integration.partition.StepExecutionRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartitionRequestTextTests {

	@Test
	void aRequestTravelsAsTheStepAndItsExecution() {
		String text = PartitionRequestText.format(new StepExecutionRequest("matchAndPostPartitionStep", 57));

		StepExecutionRequest request = PartitionRequestText.parse(text);

		assertThat(text).isEqualTo("matchAndPostPartitionStep 57");
		assertThat(request.getStepName()).isEqualTo("matchAndPostPartitionStep");
		assertThat(request.getStepExecutionId()).isEqualTo(57L);
	}

	@Test
	void anythingElseIsRefusedSayingWhat() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartitionRequestText.parse("57"))
			.withMessage("not a partition request: '57'");
		assertThatIllegalArgumentException().isThrownBy(() -> PartitionRequestText.parse("step fifty-seven"))
			.withMessage("not a partition request: 'step fifty-seven'");
	}

}
