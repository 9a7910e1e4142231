package io.cashpost.cli;

/** Turns an exception into the one line a user reads on stderr. */
final class Failures {

	private Failures() {
	}

	/**
	 * Cashpost's own exceptions name the file and the place in it: prefer the outermost
	 * of them. Anything else (a wrapper from a library) is reported by its root cause.
	 */
	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getName().startsWith("io.cashpost.") && cause.getMessage() != null) {
				return firstLine(cause.getMessage());
			}
			root = cause;
			if (cause.getCause() == cause) {
				break;
			}
		}
		return firstLine((root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName());
	}

	private static String firstLine(String message) {
		return message.lines().findFirst().orElse(message);
	}

}
