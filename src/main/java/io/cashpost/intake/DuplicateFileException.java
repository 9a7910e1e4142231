package io.cashpost.intake;

/** The same bytes were received before: the file is refused, nothing is read twice. */
public class DuplicateFileException extends RuntimeException {

	DuplicateFileException(String message) {
		super(message);
	}

}
