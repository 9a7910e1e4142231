package io.cashpost.invoice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an invoice file in two passes: the first validates every row without touching
 * the database (so a bad file costs nothing and names all its bad rows), the second
 * streams the rows to the database in one transaction.
 */
@Component
class CsvInvoiceImport implements InvoiceImport {

	private static final int BATCH_SIZE = 1000;

	private final JdbcInvoiceStore store;

	private final TransactionTemplate transactions;

	CsvInvoiceImport(JdbcInvoiceStore store, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Override
	public ImportResult importFile(Path csv) {
		InvoiceFileCheck check;
		try (InvoiceCsvReader reader = InvoiceCsvReader.open(csv)) {
			check = new InvoiceFileCheck(reader.file()).readAll(reader);
		}
		check.throwIfInvalid();
		JdbcInvoiceStore.Upserted upserted = this.transactions.execute((status) -> write(csv));
		int unchanged = check.rows() - upserted.created() - upserted.updated() - upserted.kept();
		return new ImportResult(InvoiceCsvReader.fileName(csv), check.customers(), check.customerAccounts(),
				upserted.created(), upserted.updated(), upserted.kept(), unchanged);
	}

	private JdbcInvoiceStore.Upserted write(Path csv) {
		this.store.createStaging();
		try (InvoiceCsvReader reader = InvoiceCsvReader.open(csv)) {
			List<InvoiceRow> batch = new ArrayList<>(BATCH_SIZE);
			for (InvoiceCsvRow row = reader.read(); row != null; row = reader.read()) {
				if (!(row instanceof InvoiceRow invoice)) {
					throw new InvoiceFileException(reader.file(),
							List.of(new InvoiceProblem(row.line(), "the file changed while it was being imported")), 1);
				}
				batch.add(invoice);
				if (batch.size() == BATCH_SIZE) {
					this.store.stage(batch);
					batch.clear();
				}
			}
			this.store.stage(batch);
		}
		return this.store.upsertStaged();
	}

}
