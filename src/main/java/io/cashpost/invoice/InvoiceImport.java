package io.cashpost.invoice;

import java.nio.file.Path;

/**
 * Brings customers and their open invoices from the ERP's CSV export into Cashpost. A
 * file is imported whole or not at all.
 */
public interface InvoiceImport {

	/**
	 * Validates the whole file, then upserts its customers, their payer accounts and
	 * invoices in one transaction.
	 * @param csv the invoice file (contract in {@code README.md})
	 * @return what changed
	 * @throws InvoiceFileException when the file is missing, unreadable or has a bad row;
	 * nothing is imported then
	 */
	ImportResult importFile(Path csv);

}
