package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;

/** Reads statement files without a database and prints what is in them as JSON. */
class InspectCommand {

	private final PrintStream out;

	private final PrintStream err;

	InspectCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> files) {
		this.err.println("cashpost inspect: not yet available");
		return CashpostCommandLine.FAILED;
	}

}
