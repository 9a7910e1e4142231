package io.cashpost.remittance;

import io.cashpost.statement.StatementReadException;

/**
 * A remittance advice file that cannot be read or whose lines do not add up: the file is
 * quarantined like any bad file, and nothing of it is stored.
 */
public class AdviceReadException extends StatementReadException {

	public AdviceReadException(String file, String position, String problem) {
		super(file, position, problem);
	}

	public AdviceReadException(String file, String position, String problem, Throwable cause) {
		super(file, position, problem, cause);
	}

}
