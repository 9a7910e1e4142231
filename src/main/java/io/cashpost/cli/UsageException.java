package io.cashpost.cli;

/** The command was called wrongly: exit code 2. */
class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
