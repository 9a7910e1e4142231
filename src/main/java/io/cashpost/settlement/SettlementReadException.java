package io.cashpost.settlement;

import io.cashpost.statement.StatementReadException;

/**
 * A settlement report that cannot be read, or a batch of it that does not add up. A kind
 * of {@link StatementReadException}, so that intake quarantines it like any bank file
 * that fails; the message names the file, the line or batch, and the difference.
 */
public class SettlementReadException extends StatementReadException {

	public SettlementReadException(String file, String position, String problem) {
		super(file, position, problem);
	}

	public SettlementReadException(String file, String position, String problem, Throwable cause) {
		super(file, position, problem, cause);
	}

}
