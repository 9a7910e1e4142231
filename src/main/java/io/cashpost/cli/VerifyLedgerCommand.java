package io.cashpost.cli;

import java.io.PrintStream;
import java.util.List;

import io.cashpost.posting.LedgerCheck;
import io.cashpost.posting.LedgerVerification;
import io.cashpost.settlement.SettlementVerification;

import org.springframework.stereotype.Component;

/**
 * {@code verify-ledger}: checks the ledger against itself, the ingested statements and
 * the settlement reports. One line per disagreement on stderr and exit 1; a short summary
 * and exit 0 when all agree.
 */
@Component
class VerifyLedgerCommand implements Command {

	private final LedgerVerification verification;

	private final SettlementVerification settlements;

	VerifyLedgerCommand(LedgerVerification verification, SettlementVerification settlements) {
		this.verification = verification;
		this.settlements = settlements;
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
		LedgerCheck ledger = this.verification.verify();
		LedgerCheck cards = this.settlements.verify();
		LedgerCheck check = new LedgerCheck(concat(ledger.disagreements(), cards.disagreements()),
				concat(ledger.summary(), cards.summary()));
		if (!check.agrees()) {
			check.disagreements().forEach((line) -> err.println("cashpost verify-ledger: " + line));
			return CashpostCommandLine.FAILED;
		}
		out.println("ledger agrees");
		check.summary().forEach((line) -> out.println("  " + line));
		return CashpostCommandLine.OK;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
