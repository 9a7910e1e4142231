package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the command line that needs the application context. */
interface Command {

	String name();

	/**
	 * Runs the command.
	 * @param args the words after the command's name
	 * @param out where results go (CSV, tables)
	 * @param err where a line about each item that failed goes; a failure of the whole
	 * command is thrown instead
	 * @return the exit code
	 */
	int run(List<String> args, PrintStream out, PrintStream err);

}
