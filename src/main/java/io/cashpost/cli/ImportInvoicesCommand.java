package io.cashpost.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.invoice.ImportResult;
import io.cashpost.invoice.InvoiceImport;

import org.springframework.stereotype.Component;

/**
 * {@code import-invoices FILE.csv}: upserts the customers and invoices of the ERP's
 * export and prints what changed in one line.
 */
@Component
class ImportInvoicesCommand implements Command {

	private final InvoiceImport invoices;

	ImportInvoicesCommand(InvoiceImport invoices) {
		this.invoices = invoices;
	}

	@Override
	public String name() {
		return "import-invoices";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 1) {
			throw new UsageException("usage: import-invoices FILE.csv");
		}
		ImportResult result = this.invoices.importFile(Path.of(args.get(0)));
		out.println(result.summary());
		return CashpostCommandLine.OK;
	}

}
