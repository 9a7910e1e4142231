package io.cashpost.job;

import java.nio.file.Path;
import java.util.Set;

/**
 * Writes the reports collectors read, for {@code nightlyJob}'s {@code writeExportsStep}.
 * The command line provides it, with the same CSV as its {@code export} command.
 */
public interface ReportExports {

	/** The reports it can write, e.g. {@code balances}. */
	Set<String> reports();

	/**
	 * Writes a report as CSV.
	 * @param report one of {@link #reports()}
	 * @param file where to; its folder is created when missing
	 */
	void write(String report, Path file);

}
