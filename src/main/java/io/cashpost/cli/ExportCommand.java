package io.cashpost.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.cashpost.collection.CustomerBalances;
import io.cashpost.exceptionqueue.ExceptionReport;
import io.cashpost.posting.AllocationReport;
import io.cashpost.settlement.SettlementReport;

import org.springframework.stereotype.Component;

/**
 * {@code export allocations|exceptions|balances|settlements [--out FILE]}: CSV in UTF-8
 * with a header row. The columns are a contract scripts rely on: new ones are added at
 * the end, none is renamed or removed.
 */
@Component
class ExportCommand implements Command {

	static final List<String> ALLOCATION_COLUMNS = List.of("file", "entry_ref", "end_to_end_id", "invoice_number",
			"customer_id", "currency", "applied_amount", "discount_amount", "write_off_amount", "rule", "confidence",
			"posted_at", "allocation_id", "reason_code", "status", "evidence", "deduction_amount", "deduction_reason",
			"credit_note_amount");

	static final List<String> EXCEPTION_COLUMNS = List.of("file", "entry_ref", "end_to_end_id", "currency", "amount",
			"debtor_name", "reason", "suggestions", "exception_id", "value_date", "debtor_account", "remittance",
			"detail", "status", "created_at");

	static final List<String> SETTLEMENT_COLUMNS = List.of("file", "acquirer", "batch_id", "currency", "gross_amount",
			"fee_amount", "net_amount", "payout_reference", "payout_date", "bank_entry_ref", "status");

	static final List<String> BALANCE_COLUMNS = List.of("customer_id", "customer_name", "currency", "open_amount",
			"overdue_amount", "unapplied_credit");

	private final AllocationReport allocations;

	private final ExceptionReport exceptions;

	private final CustomerBalances balances;

	private final SettlementReport settlements;

	ExportCommand(AllocationReport allocations, ExceptionReport exceptions, CustomerBalances balances,
			SettlementReport settlements) {
		this.allocations = allocations;
		this.exceptions = exceptions;
		this.balances = balances;
		this.settlements = settlements;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || !List.of("allocations", "exceptions", "balances", "settlements").contains(args.get(0))) {
			throw new UsageException("usage: export allocations|exceptions|balances|settlements [--out FILE]");
		}
		Path target = outFile(args);
		try (Writer writer = open(target, out)) {
			CsvWriter csv = new CsvWriter(writer);
			switch (args.get(0)) {
				case "allocations" -> writeAllocations(csv);
				case "exceptions" -> writeExceptions(csv);
				case "settlements" -> writeSettlements(csv);
				default -> writeBalances(csv);
			}
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + target + ": " + ex.getMessage(), ex);
		}
		return CashpostCommandLine.OK;
	}

	private void writeAllocations(CsvWriter csv) {
		csv.row(ALLOCATION_COLUMNS);
		this.allocations.forEach((a) -> csv.row(Arrays.asList(a.file(), a.entryRef(), a.endToEndId(), a.invoiceNumber(),
				a.customerId(), a.currency(), Amounts.inCurrencyScale(a.appliedAmount(), a.currency()),
				Amounts.inCurrencyScale(a.discountAmount(), a.currency()),
				Amounts.inCurrencyScale(a.writeOffAmount(), a.currency()), a.rule(), Amounts.ratio(a.confidence()),
				a.postedAt(), a.allocationId(), a.reasonCode(), a.status(), a.evidence(),
				Amounts.inCurrencyScale(a.deductionAmount(), a.currency()), a.deductionReason(),
				Amounts.inCurrencyScale(a.creditNoteAmount(), a.currency()))));
	}

	private void writeExceptions(CsvWriter csv) {
		csv.row(EXCEPTION_COLUMNS);
		this.exceptions.forEach((e) -> csv.row(Arrays.asList(e.file(), e.entryRef(), e.endToEndId(), e.currency(),
				Amounts.inCurrencyScale(e.amount(), e.currency()), e.debtorName(), e.reason(), e.suggestions(),
				e.exceptionId(), e.valueDate(), e.debtorAccount(), e.remittance(), e.detail(), e.status(),
				e.createdAt())));
	}

	private void writeSettlements(CsvWriter csv) {
		csv.row(SETTLEMENT_COLUMNS);
		this.settlements.forEach((s) -> csv.row(Arrays.asList(s.file(), s.acquirer(), s.batchId(), s.currency(),
				Amounts.inCurrencyScale(s.grossAmount(), s.currency()),
				Amounts.inCurrencyScale(s.feeAmount(), s.currency()),
				Amounts.inCurrencyScale(s.netAmount(), s.currency()), s.payoutReference(), s.payoutDate(),
				s.bankEntryRef(), s.status())));
	}

	private void writeBalances(CsvWriter csv) {
		csv.row(BALANCE_COLUMNS);
		this.balances.forEach((b) -> csv.row(Arrays.asList(b.customerId(), b.customerName(), b.currency(),
				Amounts.inCurrencyScale(b.openAmount(), b.currency()),
				Amounts.inCurrencyScale(b.overdueAmount(), b.currency()),
				Amounts.inCurrencyScale(b.unappliedCredit(), b.currency()))));
	}

	private static Path outFile(List<String> args) {
		int at = args.indexOf("--out");
		if (at < 0) {
			return null;
		}
		if (at + 1 >= args.size()) {
			throw new UsageException("--out needs a file name");
		}
		return Path.of(args.get(at + 1));
	}

	private static Writer open(Path target, PrintStream out) throws IOException {
		if (target == null) {
			return new BufferedWriter(new OutputStreamWriter(new NonClosingStream(out), StandardCharsets.UTF_8));
		}
		if (target.toAbsolutePath().getParent() != null) {
			Files.createDirectories(target.toAbsolutePath().getParent());
		}
		return Files.newBufferedWriter(target, StandardCharsets.UTF_8);
	}

	/** Lets the writer close without closing stdout. */
	private static final class NonClosingStream extends java.io.FilterOutputStream {

		NonClosingStream(PrintStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
