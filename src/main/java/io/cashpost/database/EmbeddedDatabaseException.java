package io.cashpost.database;

/**
 * The embedded PostgreSQL cannot be started; the message says why in one line, naming the
 * data directory and what to do.
 */
class EmbeddedDatabaseException extends RuntimeException {

	EmbeddedDatabaseException(String message) {
		super(message);
	}

	EmbeddedDatabaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
