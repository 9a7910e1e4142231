package io.cashpost.cli;

/** The text {@code cashpost help} prints. */
final class Usage {

	static final String TEXT = """
			Usage: java -jar cashpost.jar COMMAND [ARGS] [--spring.property=value ...]

			Commands:
			  demo                          load the sample invoices and statements on a scratch database,
			                                match and post, print a summary
			  import-invoices FILE.csv      upsert customers and open invoices from a CSV file
			  ingest FILE...                register, read, match and post bank statements and card/PSP
			                                settlement reports
			  inspect [--transactions] FILE...
			                                read statements and settlement reports without a database and print
			                                JSON (with every transaction, structured remittance, or report row:
			                                --transactions)
			  export allocations|exceptions|balances|settlements|advices [--out FILE]
			                                write CSV to stdout or FILE
			  files [--status STATUS] [--limit N] [--warnings]
			                                files delivered, newest first: source, status, reason, warnings
			  serve                         run the schedules of jobs/, the inbox and SFTP pollers and the
			                                HTTP API (127.0.0.1:8080 unless told otherwise) until stopped
			  run JOB [name=value...]       run a job definition of jobs/ (e.g. nightly) or a job by name
			                                (nightlyJob, matchAndPostJob, importInvoicesJob file=...,
			                                ingestStatementJob file=..., ingestSettlementJob file=...) to its end
			  restart [--recover] EXECUTION_ID
			                                restart a failed job execution where it stopped
			  jobs [JOB] [--limit N]        recent job executions: status, counts, duration, and who ran
			                                each partition
			  worker                        take partitions of matchAndPostJob from the JVMs that run it
			                                (cashpost.workers.mode=remote), on their database, until stopped
			  verify-ledger                 check that every entry balances, open amounts agree with allocations,
			                                cash equals the statements' booked credits, reversals link, each
			                                acquirer's clearing holds its batches not yet paid out; exit 1 names
			                                each disagreement
			  resolve EXCEPTION_ID assign INVOICE=AMOUNT [INVOICE=AMOUNT ...] | on-account CUSTOMER
			          | non-receivable ACCOUNT | refund | dismiss [--by NAME]
			                                move an exception's money out of suspense (once; who defaults to the OS user)
			  user add NAME --role COLLECTOR|TREASURY|ADMIN|METRICS
			                                add a user of the HTTP API and dashboard; prints its token once,
			                                alone on the last line
			  user list | revoke NAME | token NAME | password NAME
			                                list users, revoke one with its tokens, issue another token, set the
			                                sign-in password (read from the first line of stdin)
			  help                          this text

			Exit codes: 0 success, 1 failure, 2 bad usage.
			""";

	private Usage() {
	}

}
