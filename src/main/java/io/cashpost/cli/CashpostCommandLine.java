package io.cashpost.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * The {@code cashpost} command line: the contract schedulers and scripts rely on. Exit
 * codes: 0 success, 1 failure, 2 bad usage. {@code inspect} runs without a database;
 * every other command starts the application (and its database) first.
 */
public final class CashpostCommandLine {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	private static final Set<String> DATABASE_COMMANDS = Set.of("demo", "import-invoices", "ingest", "export", "serve",
			"run", "restart", "jobs", "files", "verify-ledger", "resolve", "user", "worker");

	/** Options of commands; every other {@code --name=value} is Spring Boot's. */
	private static final Set<String> COMMAND_OPTIONS = Set.of("--help", "--out", "--limit", "--status", "--recover",
			"--by", "--warnings", "--transactions", "--role");

	private CashpostCommandLine() {
	}

	public static int execute(Class<?> application, String[] args) {
		return execute(application, args, System.out, System.err);
	}

	static int execute(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		List<String> positional = positional(args);
		if (positional.isEmpty() || positional.get(0).equals("help") || positional.get(0).equals("--help")) {
			out.print(Usage.TEXT);
			return positional.isEmpty() ? USAGE : OK;
		}
		String command = positional.get(0);
		List<String> commandArgs = positional.subList(1, positional.size());
		if (command.equals("inspect")) {
			return new InspectCommand(out, err).run(commandArgs);
		}
		if (!DATABASE_COMMANDS.contains(command)) {
			err.println("cashpost: unknown command '" + command + "' (try: cashpost help)");
			return USAGE;
		}
		return runInApplication(application, command, commandArgs, args, out, err);
	}

	private static int runInApplication(Class<?> application, String command, List<String> commandArgs, String[] args,
			PrintStream out, PrintStream err) {
		SpringApplication spring = new SpringApplication(application);
		if (command.equals("demo")) {
			if (hasOption(args, "spring.datasource.url")) {
				err.println(
						"cashpost demo: the demo runs on its own scratch database; do not pass spring.datasource.url");
				return USAGE;
			}
			spring.setDefaultProperties(Map.of("cashpost.embedded-db.dir", "./data/demo-pg",
					"cashpost.embedded-db.clean", "true", "cashpost.intake.dir", "./data/demo"));
		}
		if (command.equals("worker")) {
			spring.addListeners(new WorkerNeedsTheSharedDatabase());
		}
		ConfigurableApplicationContext context;
		try {
			context = spring.run(command.equals("serve") ? serveArgs(args) : args);
		}
		catch (WorkerWithoutDatabaseException ex) {
			err.println("cashpost worker: " + ex.getMessage());
			return USAGE;
		}
		catch (RuntimeException ex) {
			err.println("cashpost " + command + ": could not start: " + Failures.rootMessage(ex));
			return FAILED;
		}
		try (context) {
			return context.getBean(CommandDispatcher.class).dispatch(command, commandArgs, out, err);
		}
	}

	/**
	 * Command words and their arguments; {@code --name=value} options are Spring Boot's.
	 */
	private static List<String> positional(String[] args) {
		List<String> positional = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || COMMAND_OPTIONS.contains(arg)) {
				positional.add(arg);
			}
		}
		return positional;
	}

	/**
	 * Only {@code serve} runs the HTTP server; {@code application.properties} turns it
	 * off for every other command, so it is turned on here, where it outranks that file.
	 */
	static String[] serveArgs(String[] args) {
		String[] serve = Arrays.copyOf(args, args.length + 1);
		serve[args.length] = "--spring.main.web-application-type=servlet";
		return serve;
	}

	/**
	 * A worker on a database of its own would wait forever: it must be pointed at the
	 * database of the JVMs that run the jobs. Checked once the configuration is read,
	 * before an embedded database would start.
	 */
	private static final class WorkerNeedsTheSharedDatabase
			implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			if (!StringUtils.hasText(event.getEnvironment().getProperty("spring.datasource.url"))) {
				throw new WorkerWithoutDatabaseException();
			}
		}

	}

	private static final class WorkerWithoutDatabaseException extends RuntimeException {

		private WorkerWithoutDatabaseException() {
			super("a worker works on the database of the JVMs that run the jobs: give it with "
					+ "--spring.datasource.url=jdbc:postgresql://HOST:PORT/DATABASE (or SPRING_DATASOURCE_URL)");
		}

	}

	private static boolean hasOption(String[] args, String name) {
		for (String arg : args) {
			if (arg.startsWith("--" + name + "=") && arg.length() > name.length() + 3) {
				return true;
			}
		}
		return System.getenv("SPRING_DATASOURCE_URL") != null && name.equals("spring.datasource.url");
	}

}
