package io.cashpost.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.cashpost.collection.CustomerBalance;
import io.cashpost.collection.CustomerBalances;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;
import io.cashpost.settlement.SettlementLine;
import io.cashpost.settlement.SettlementReport;

import org.springframework.stereotype.Component;

/**
 * {@code demo [DIR]}: the whole pipeline on the sample files, on a scratch database.
 * Loads {@code DIR/invoices.csv}, ingests every statement and settlement report below DIR
 * in name order (a settlement report before the bank statement with its payout, as
 * acquirers report a batch when they pay it out), and prints what happened.
 */
@Component
class DemoCommand implements Command {

	private final InvoiceImport invoices;

	private final StatementPipeline pipeline;

	private final CustomerBalances balances;

	private final SettlementReport settlements;

	DemoCommand(InvoiceImport invoices, StatementPipeline pipeline, CustomerBalances balances,
			SettlementReport settlements) {
		this.invoices = invoices;
		this.pipeline = pipeline;
		this.balances = balances;
		this.settlements = settlements;
	}

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Path dir = Path.of(args.isEmpty() ? "sample-files" : args.get(0));
		Path invoiceFile = dir.resolve("invoices.csv");
		if (!Files.isRegularFile(invoiceFile)) {
			throw new UsageException(
					invoiceFile + " not found: run the demo from the project folder, or name the folder");
		}
		out.println("Invoices   " + this.invoices.importFile(invoiceFile).summary());
		List<CustomerBalance> before = this.balances.all();
		List<FileOutcome> outcomes = new ArrayList<>();
		for (Path statement : statements(dir, invoiceFile)) {
			FileOutcome outcome = this.pipeline.ingest(statement);
			out.println((isSettlementReport(statement) ? "Settlement " : "Statement  ") + outcome.summaryLine());
			outcomes.add(outcome);
		}
		out.println();
		List<SettlementLine> batches = new ArrayList<>();
		this.settlements.forEach(batches::add);
		DemoSummary.print(outcomes, before, this.balances.all(), batches, out);
		return outcomes.stream().allMatch(FileOutcome::processed) ? CashpostCommandLine.OK : CashpostCommandLine.FAILED;
	}

	/**
	 * Every file below the folder but the invoices and the golden files, in name order.
	 */
	private static List<Path> statements(Path dir, Path invoiceFile) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().endsWith(".json"))
				.filter((file) -> !file.equals(invoiceFile))
				.filter((file) -> !file.getFileName().toString().startsWith("."))
				.filter((file) -> !file.getFileName().toString().endsWith(".md"))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + dir + ": " + ex.getMessage(), ex);
		}
	}

	/** Settlement reports are the CSV files of the samples (the invoices aside). */
	private static boolean isSettlementReport(Path file) {
		return file.getFileName().toString().endsWith(".csv");
	}

	/** Open amounts per currency, for the before/after line. */
	static Map<String, BigDecimal> openByCurrency(List<CustomerBalance> balances) {
		Map<String, BigDecimal> open = new TreeMap<>();
		balances.forEach((balance) -> open.merge(balance.currency(),
				Amounts.inCurrencyScale(balance.openAmount(), balance.currency()), BigDecimal::add));
		return open;
	}

}
