package io.cashpost.invoice;

import java.io.IOException;

/** The CSV cannot be split into records from here on: reading stops. */
class CsvSyntaxException extends IOException {

	private final long line;

	CsvSyntaxException(long line, String message) {
		super(message);
		this.line = line;
	}

	long line() {
		return this.line;
	}

}
