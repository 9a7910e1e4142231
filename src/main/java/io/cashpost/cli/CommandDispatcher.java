package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Runs a command by name and turns its failure into one line on stderr and an exit code.
 */
@Component
class CommandDispatcher {

	private final Map<String, Command> commands;

	CommandDispatcher(List<Command> commands) {
		this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
	}

	int dispatch(String name, List<String> args, PrintStream out, PrintStream err) {
		Command command = this.commands.get(name);
		if (command == null) {
			err.println("cashpost: unknown command '" + name + "' (try: cashpost help)");
			return CashpostCommandLine.USAGE;
		}
		try {
			return command.run(args, out, err);
		}
		catch (UsageException ex) {
			err.println("cashpost " + name + ": " + ex.getMessage());
			return CashpostCommandLine.USAGE;
		}
		catch (RuntimeException ex) {
			err.println("cashpost " + name + ": " + Failures.rootMessage(ex));
			return CashpostCommandLine.FAILED;
		}
	}

}
