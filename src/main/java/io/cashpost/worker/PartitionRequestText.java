package io.cashpost.worker;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as the text that travels to the workers: the worker step's name and
 * the partition's step execution, {@code matchAndPostPartitionStep 57}. Text, so that
 * nothing on the wire is deserialized into objects, and a person reading the queue sees
 * what waits.
 */
final class PartitionRequestText {

	private PartitionRequestText() {
	}

	static String format(StepExecutionRequest request) {
		return request.getStepName() + " " + request.getStepExecutionId();
	}

	/**
	 * @throws IllegalArgumentException when the text is no request
	 */
	static StepExecutionRequest parse(String text) {
		int space = text.lastIndexOf(' ');
		if (space <= 0) {
			throw new IllegalArgumentException("not a partition request: '" + text + "'");
		}
		try {
			return new StepExecutionRequest(text.substring(0, space), Long.parseLong(text.substring(space + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a partition request: '" + text + "'", ex);
		}
	}

}
