package io.cashpost.statement.mt;

/**
 * A field or line that does not follow the MT940/MT942 syntax, or a statement that does
 * not add up. The reader adds the file, statement and line before it reaches anyone.
 */
class MtFieldException extends RuntimeException {

	private final MtField field;

	MtFieldException(String problem) {
		this(problem, null);
	}

	/**
	 * @param problem what is wrong
	 * @param field the field at fault when it is not the one being read, else
	 * {@code null}
	 */
	MtFieldException(String problem, MtField field) {
		super(problem);
		this.field = field;
	}

	MtField field() {
		return this.field;
	}

}
