package io.cashpost.invoice;

/**
 * What is wrong at one place of an invoice file.
 *
 * @param line the line of the file, or 0 when the problem concerns the whole file
 * @param problem what is wrong, naming the column and the value
 */
public record InvoiceProblem(long line, String problem) {

	/** The problem as one line: {@code invoices.csv line 7: amount 'abc' is ...}. */
	public String describe(String file) {
		return (this.line > 0) ? file + " line " + this.line + ": " + this.problem : file + ": " + this.problem;
	}

}
