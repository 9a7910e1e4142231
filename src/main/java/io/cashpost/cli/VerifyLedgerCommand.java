package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;

import io.cashpost.posting.LedgerCheck;
import io.cashpost.posting.LedgerVerification;

import org.springframework.stereotype.Component;

/**
 * {@code verify-ledger}: checks the ledger against itself and the ingested statements.
 * One line per disagreement on stderr and exit 1; a short summary and exit 0 when all
 * agree.
 */
@Component
class VerifyLedgerCommand implements Command {

	private final LedgerVerification verification;

	VerifyLedgerCommand(LedgerVerification verification) {
		this.verification = verification;
	}

	@Override
	public String name() {
		return "verify-ledger";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (!args.isEmpty()) {
			throw new UsageException("usage: verify-ledger");
		}
		LedgerCheck check = this.verification.verify();
		if (!check.agrees()) {
			check.disagreements().forEach((line) -> err.println("cashpost verify-ledger: " + line));
			return CashpostCommandLine.FAILED;
		}
		out.println("ledger agrees");
		check.summary().forEach((line) -> out.println("  " + line));
		return CashpostCommandLine.OK;
	}

}
