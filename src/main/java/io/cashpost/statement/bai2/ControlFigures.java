package io.cashpost.statement.bai2;

/**
 * Compares a control total or count that a trailer states with what the reader counted.
 */
final class ControlFigures {

	private ControlFigures() {
	}

	/**
	 * @param what what the figure is, e.g. {@code account 123: the number of records}
	 * @param field the trailer's field; an empty one is not checked
	 * @param counted what the reader counted
	 * @param countedWhat how the reader came to it, read before the counted figure
	 */
	static void check(String what, String field, long counted, String countedWhat) {
		if (field == null || field.isEmpty()) {
			return;
		}
		long stated = FieldValues.signedAmount(field, what);
		if (stated != counted) {
			throw new RecordProblem(what + " is " + stated + " in the trailer, but " + countedWhat + " " + counted);
		}
	}

}
