package io.cashpost.invoice;

import java.util.List;

/**
 * An invoice file that was refused as a whole: nothing of it was imported. The first line
 * of the message is the first problem and how many more there are; the following lines
 * list the problems found, up to a limit.
 */
public class InvoiceFileException extends RuntimeException {

	private final String file;

	private final List<InvoiceProblem> problems;

	private final int total;

	public InvoiceFileException(String file, List<InvoiceProblem> problems, int total) {
		this(file, problems, total, null);
	}

	public InvoiceFileException(String file, List<InvoiceProblem> problems, int total, Throwable cause) {
		super(describe(file, problems, total), cause);
		this.file = file;
		this.problems = List.copyOf(problems);
		this.total = total;
	}

	static InvoiceFileException of(String file, String problem, Throwable cause) {
		return new InvoiceFileException(file, List.of(new InvoiceProblem(0, problem)), 1, cause);
	}

	/** The file's name. */
	public String file() {
		return this.file;
	}

	/** The problems found, in file order, up to a limit. */
	public List<InvoiceProblem> problems() {
		return this.problems;
	}

	/** How many problems were found, including those not listed. */
	public int total() {
		return this.total;
	}

	private static String describe(String file, List<InvoiceProblem> problems, int total) {
		StringBuilder message = new StringBuilder(problems.get(0).describe(file));
		if (total > 1) {
			message.append(" (and ").append(total - 1).append((total == 2) ? " more problem)" : " more problems)");
		}
		if (problems.size() > 1) {
			problems.forEach((problem) -> message.append('\n').append(problem.describe(file)));
		}
		if (total > problems.size()) {
			message.append('\n').append(total - problems.size()).append(" more not listed");
		}
		return message.toString();
	}

}
