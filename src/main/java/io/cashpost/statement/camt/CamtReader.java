package io.cashpost.statement.camt;

import java.nio.file.Path;

import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;

/** Streams an ISO 20022 camt.052, camt.053 or camt.054 file. */
public final class CamtReader {

	private CamtReader() {
	}

	public static StatementReader open(Path file, StatementFormat format) {
		throw new StatementReadException(file.toString(), null, "no reader for " + format + " yet");
	}

}
