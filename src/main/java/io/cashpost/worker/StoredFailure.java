package io.cashpost.worker;

import java.util.List;

/**
 * What went wrong, in one line, from a stack trace the job repository stored as an exit
 * description (cut short, often before its cause).
 */
final class StoredFailure {

	private StoredFailure() {
	}

	/**
	 * Its last {@code Caused by} without the exception's class, else PostgreSQL's own
	 * {@code ERROR:} line, else its first line; empty for none.
	 */
	static String cause(String exitDescription) {
		if (exitDescription == null || exitDescription.isBlank()) {
			return "";
		}
		List<String> lines = exitDescription.lines().toList();
		String cause = lines.get(0);
		boolean causeFound = false;
		for (String line : lines) {
			if (line.startsWith("Caused by: ")) {
				cause = line.substring("Caused by: ".length());
				causeFound = true;
			}
			else if (!causeFound && line.contains("ERROR: ") && !line.startsWith("\t")) {
				cause = line.substring(line.indexOf("ERROR: "));
			}
		}
		return cause.replaceFirst("^[\\w.$]+(Exception|Error): ", "");
	}

}
