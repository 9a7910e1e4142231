package io.cashpost.statement.bai2;

/**
 * A field that cannot be read; the reader adds the file and the record's position.
 */
final class RecordProblem extends RuntimeException {

	RecordProblem(String problem) {
		super(problem, null, false, false);
	}

}
