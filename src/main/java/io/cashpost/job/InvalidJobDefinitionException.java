package io.cashpost.job;

import java.nio.file.Path;

/** A job definition in {@code jobs/} that cannot be used: start-up stops on it. */
public class InvalidJobDefinitionException extends RuntimeException {

	InvalidJobDefinitionException(Path file, String problem) {
		super("job definition " + file + ": " + problem);
	}

}
