package io.cashpost.job;

/** A job was asked for wrongly: an unknown name, a missing parameter. Exit code 2. */
public class JobUsageException extends RuntimeException {

	JobUsageException(String message) {
		super(message);
	}

}
