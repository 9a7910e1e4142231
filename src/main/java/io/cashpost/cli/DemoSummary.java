package io.cashpost.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cashpost.collection.CustomerBalance;
import io.cashpost.job.FileOutcome;
import io.cashpost.settlement.SettlementLine;

/**
 * The table the demo ends with: what came in, what was posted, what waits for a person.
 */
final class DemoSummary {

	private DemoSummary() {
	}

	static void print(List<FileOutcome> outcomes, List<CustomerBalance> before, List<CustomerBalance> after,
			List<SettlementLine> batches, PrintStream out) {
		List<FileOutcome> processed = outcomes.stream().filter(FileOutcome::processed).toList();
		Map<String, BigDecimal> postedAmount = new TreeMap<>();
		Map<String, Integer> exceptions = new TreeMap<>();
		processed.forEach((outcome) -> {
			outcome.postedAmount().forEach((currency, amount) -> postedAmount.merge(currency, amount, BigDecimal::add));
			outcome.exceptions().forEach((reason, count) -> exceptions.merge(reason, count, Integer::sum));
		});
		out.println("Summary");
		row(out, "files", processed.size() + " ingested, " + (outcomes.size() - processed.size()) + " refused");
		row(out, "entries", sum(processed, FileOutcome::entries) + " (" + sum(processed, FileOutcome::transactions)
				+ " transactions)");
		row(out, "auto-posted", sum(processed, FileOutcome::posted) + " " + postedAmount);
		row(out, "  of which partial", Integer.toString(sum(processed, FileOutcome::partial)));
		row(out, "exceptions", exceptions.values().stream().mapToInt(Integer::intValue).sum() + " " + exceptions);
		row(out, "not receivable", Integer.toString(sum(processed, FileOutcome::notReceivable)));
		row(out, "not booked", Integer.toString(sum(processed, FileOutcome::notBooked)));
		out.println();
		out.println("Customers' open balance");
		out.printf("  %-10s %-32s %-4s %14s %14s%n", "customer", "name", "ccy", "before", "after");
		Map<String, CustomerBalance> afterByKey = after.stream()
			.collect(Collectors.toMap(DemoSummary::key, Function.identity()));
		for (CustomerBalance balance : before) {
			CustomerBalance now = afterByKey.get(key(balance));
			out.printf("  %-10s %-32s %-4s %14s %14s%n", balance.customerId(), clip(balance.customerName()),
					balance.currency(), Amounts.inCurrencyScale(balance.openAmount(), balance.currency()),
					(now != null) ? Amounts.inCurrencyScale(now.openAmount(), now.currency()) : "-");
		}
		out.println("  total before " + DemoCommand.openByCurrency(before) + ", after "
				+ DemoCommand.openByCurrency(after));
		if (!batches.isEmpty()) {
			out.println();
			settlements(batches, out);
		}
	}

	/** Each card settlement batch: what it came to, and whether its payout was found. */
	private static void settlements(List<SettlementLine> batches, PrintStream out) {
		out.println("Card settlements");
		out.printf("  %-9s %-20s %-4s %12s %10s %12s  %-16s %s%n", "acquirer", "batch", "ccy", "gross", "fees", "net",
				"status", "paid by bank entry");
		for (SettlementLine batch : batches) {
			out.printf("  %-9s %-20s %-4s %12s %10s %12s  %-16s %s%n", batch.acquirer(), clip(batch.batchId(), 20),
					batch.currency(), Amounts.inCurrencyScale(batch.grossAmount(), batch.currency()),
					Amounts.inCurrencyScale(batch.feeAmount(), batch.currency()),
					Amounts.inCurrencyScale(batch.netAmount(), batch.currency()), batch.status(),
					(batch.bankEntryRef() != null) ? batch.bankEntryRef() : "-");
		}
	}

	private static void row(PrintStream out, String label, String value) {
		out.printf("  %-18s %s%n", label, value);
	}

	private static int sum(List<FileOutcome> outcomes, java.util.function.ToIntFunction<FileOutcome> field) {
		return outcomes.stream().mapToInt(field).sum();
	}

	private static String key(CustomerBalance balance) {
		return balance.customerId() + "/" + balance.currency();
	}

	private static String clip(String name) {
		return clip(name, 32);
	}

	private static String clip(String name, int width) {
		return (name.length() <= width) ? name : name.substring(0, width - 1) + "…";
	}

}
