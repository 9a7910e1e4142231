package io.cashpost.cli;

/** The text {@code cashpost help} prints. */
final class Usage {

	static final String TEXT = """
			Usage: java -jar cashpost.jar COMMAND [ARGS] [--spring.property=value ...]

			Commands:
			  demo                          load the sample invoices and statements on a scratch database,
			                                match and post, print a summary
			  import-invoices FILE.csv      upsert customers and open invoices from a CSV file
			  ingest FILE...                register, read, match and post bank statement files
			  inspect FILE...               read statement files without a database and print JSON
			  export allocations|exceptions|balances [--out FILE]
			                                write CSV to stdout or FILE
			  verify-ledger                 check that every entry balances, open amounts agree with allocations,
			                                cash equals the statements' booked credits, reversals link; exit 1 names
			                                each disagreement
			  resolve EXCEPTION_ID assign INVOICE=AMOUNT [INVOICE=AMOUNT ...] | on-account CUSTOMER
			          | non-receivable ACCOUNT | refund | dismiss [--by NAME]
			                                move an exception's money out of suspense (once; who defaults to the OS user)
			  help                          this text

			Exit codes: 0 success, 1 failure, 2 bad usage.
			""";

	private Usage() {
	}

}
