package io.cashpost.job;

import java.util.List;

/**
 * What one collection from the sources brought.
 *
 * @param files what became of each file
 * @param failures one line per source that could not be collected from
 */
public record Collected(List<FileOutcome> files, List<String> failures) {

	public Collected {
		files = List.copyOf(files);
		failures = List.copyOf(failures);
	}

}
