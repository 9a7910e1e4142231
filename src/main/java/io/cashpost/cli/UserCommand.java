package io.cashpost.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import io.cashpost.security.IssuedToken;
import io.cashpost.security.Role;
import io.cashpost.security.UserAccount;
import io.cashpost.security.UserRefusedException;
import io.cashpost.security.Users;

import org.springframework.stereotype.Component;

/**
 * {@code user add NAME --role ROLE | list | revoke NAME | token NAME | password NAME}:
 * who may use the HTTP API and the dashboard. {@code add} and {@code token} print the new
 * token alone on the last line of stdout, once: only its SHA-256 is kept.
 * {@code password} reads the password from the first line of stdin.
 */
@Component
class UserCommand implements Command {

	static final String USAGE = "usage: user add NAME --role COLLECTOR|TREASURY|ADMIN|METRICS | user list"
			+ " | user revoke NAME | user token NAME | user password NAME (reads stdin)";

	private static final String ROW = "%-24s %-9s %-8s %-19s %-19s %s%n";

	private final Users users;

	private final DateTimeFormatter time;

	private Supplier<InputStream> stdin = () -> System.in;

	UserCommand(Users users, Clock clock) {
		this.users = users;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
	}

	@Override
	public String name() {
		return "user";
	}

	/** Where {@code user password} reads from; tests give their own. */
	void readPasswordsFrom(Supplier<InputStream> stdin) {
		this.stdin = stdin;
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		String role = Options.value(args, "--role");
		List<String> words = Options.words(args, List.of("--role"));
		if (words.isEmpty()) {
			throw new UsageException(USAGE);
		}
		String action = words.get(0);
		if (!action.equals("add") && role != null) {
			throw new UsageException("--role belongs to user add; " + USAGE);
		}
		try {
			switch (action) {
				case "add" -> add(name(words), role, out);
				case "list" -> list(words, out);
				case "revoke" -> revoke(name(words), out);
				case "token" -> printToken(this.users.issueToken(name(words)), "a new token for " + name(words), out);
				case "password" -> password(name(words), out);
				default -> throw new UsageException("unknown action '" + action + "'; " + USAGE);
			}
		}
		catch (UserRefusedException ex) {
			err.println("cashpost user: " + ex.getMessage());
			return CashpostCommandLine.FAILED;
		}
		return CashpostCommandLine.OK;
	}

	private void add(String name, String role, PrintStream out) {
		if (role == null) {
			throw new UsageException("user add needs --role COLLECTOR|TREASURY|ADMIN|METRICS");
		}
		Role parsed;
		try {
			parsed = Role.parse(role);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		IssuedToken token = this.users.add(name, parsed, System.getProperty("user.name"));
		printToken(token, "user " + name + " added with role " + parsed, out);
	}

	private static void printToken(IssuedToken token, String what, PrintStream out) {
		out.println(what + "; its token is shown this once (send it as Authorization: Bearer TOKEN):");
		out.println(token.token());
	}

	private void list(List<String> words, PrintStream out) {
		if (words.size() != 1) {
			throw new UsageException(USAGE);
		}
		out.printf(ROW, "user", "role", "status", "added", "token last used", "tokens");
		for (UserAccount user : this.users.list()) {
			out.printf(ROW, user.name(), user.role(), user.revoked() ? "revoked" : "active", format(user.createdAt()),
					format(user.lastUsedAt()), user.tokens().isEmpty() ? "-"
							: String.join(" ", user.tokens().stream().map((p) -> p + "…").toList()));
		}
	}

	private void revoke(String name, PrintStream out) {
		this.users.revoke(name, System.getProperty("user.name"));
		out.println("user " + name + " revoked with all its tokens");
	}

	private void password(String name, PrintStream out) {
		String password;
		try {
			BufferedReader reader = new BufferedReader(new InputStreamReader(this.stdin.get(), StandardCharsets.UTF_8));
			password = reader.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the password from stdin: " + ex.getMessage(), ex);
		}
		if (password == null) {
			throw new UsageException("user password reads the password from the first line of stdin");
		}
		this.users.setPassword(name, password.strip());
		out.println("password of " + name + " set");
	}

	private static String name(List<String> words) {
		if (words.size() != 2) {
			throw new UsageException(USAGE);
		}
		return words.get(1);
	}

	private String format(Instant instant) {
		return (instant != null) ? this.time.format(instant) : "-";
	}

}
