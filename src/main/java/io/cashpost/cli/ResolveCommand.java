package io.cashpost.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.exceptionqueue.ExceptionResolution;
import io.cashpost.exceptionqueue.Resolution;
import io.cashpost.exceptionqueue.Resolved;

import org.springframework.stereotype.Component;

/**
 * {@code resolve EXCEPTION_ID assign INV=AMOUNT... | on-account CUSTOMER |
 * non-receivable ACCOUNT | refund | dismiss [--by NAME]}: moves an exception's money out
 * of suspense, once, recording who (the OS user unless {@code --by} names someone) and
 * when.
 */
@Component
class ResolveCommand implements Command {

	static final String USAGE = "usage: resolve EXCEPTION_ID assign INVOICE=AMOUNT [INVOICE=AMOUNT ...]"
			+ " | on-account CUSTOMER | non-receivable ACCOUNT | refund | dismiss [--by NAME]";

	private final ExceptionResolution resolution;

	ResolveCommand(ExceptionResolution resolution) {
		this.resolution = resolution;
	}

	@Override
	public String name() {
		return "resolve";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		List<String> words = new ArrayList<>(args);
		String by = takeBy(words);
		if (words.size() < 2) {
			throw new UsageException(USAGE);
		}
		Resolved resolved = this.resolution.resolve(exceptionId(words.get(0)),
				resolution(words.subList(1, words.size())), by);
		out.println(resolved.summaryLine());
		return CashpostCommandLine.OK;
	}

	static Resolution resolution(List<String> words) {
		String kind = words.get(0);
		List<String> rest = words.subList(1, words.size());
		switch (kind) {
			case "assign":
				return new Resolution.Assign(amounts(rest));
			case "on-account":
				return new Resolution.OnAccount(single(rest, "on-account CUSTOMER"));
			case "non-receivable":
				return new Resolution.NonReceivable(single(rest, "non-receivable ACCOUNT"));
			case "refund":
				none(rest, "refund");
				return new Resolution.Refund();
			case "dismiss":
				none(rest, "dismiss");
				return new Resolution.Dismiss();
			default:
				throw new UsageException("unknown resolution '" + kind + "'; " + USAGE);
		}
	}

	private static Map<String, BigDecimal> amounts(List<String> words) {
		if (words.isEmpty()) {
			throw new UsageException("assign needs INVOICE=AMOUNT at least once");
		}
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (String word : words) {
			int at = word.lastIndexOf('=');
			if (at <= 0 || at == word.length() - 1) {
				throw new UsageException("'" + word + "' is not INVOICE=AMOUNT");
			}
			String amount = word.substring(at + 1);
			if (!amount.matches("\\d+(\\.\\d+)?")) {
				throw new UsageException("'" + amount + "' is not an amount like 1250.00");
			}
			if (amounts.put(word.substring(0, at), new BigDecimal(amount)) != null) {
				throw new UsageException("invoice " + word.substring(0, at) + " is named twice");
			}
		}
		return amounts;
	}

	private static String takeBy(List<String> words) {
		int at = words.indexOf("--by");
		if (at < 0) {
			return System.getProperty("user.name");
		}
		if (at + 1 >= words.size() || words.get(at + 1).isBlank()) {
			throw new UsageException("--by needs a name");
		}
		String by = words.get(at + 1);
		words.subList(at, at + 2).clear();
		return by;
	}

	private static long exceptionId(String word) {
		try {
			return Long.parseLong(word);
		}
		catch (NumberFormatException ex) {
			throw new UsageException("'" + word + "' is not an exception id; " + USAGE);
		}
	}

	private static String single(List<String> words, String form) {
		if (words.size() != 1) {
			throw new UsageException("usage: resolve EXCEPTION_ID " + form);
		}
		return words.get(0);
	}

	private static void none(List<String> words, String form) {
		if (!words.isEmpty()) {
			throw new UsageException("usage: resolve EXCEPTION_ID " + form + " takes no more words");
		}
	}

}
