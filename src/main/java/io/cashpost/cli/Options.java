package io.cashpost.cli;

import java.util.List;

/** Reads {@code --name VALUE} options from a command's words. */
final class Options {

	private Options() {
	}

	/** The value after {@code option}, or {@code null} when the option is not given. */
	static String value(List<String> args, String option) {
		int at = args.indexOf(option);
		if (at < 0) {
			return null;
		}
		if (at + 1 >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(at + 1);
	}

	/** A positive whole number after {@code option}, else the default. */
	static int limit(List<String> args, String option, int fallback) {
		String value = value(args, option);
		if (value == null) {
			return fallback;
		}
		if (!value.matches("\\d{1,6}") || Integer.parseInt(value) == 0) {
			throw new UsageException(option + " needs a positive number, got '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	/** The words that are neither options nor their values. */
	static List<String> words(List<String> args, List<String> optionsWithValues) {
		List<String> words = new java.util.ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			if (optionsWithValues.contains(args.get(i))) {
				i++;
			}
			else {
				words.add(args.get(i));
			}
		}
		return words;
	}

}
