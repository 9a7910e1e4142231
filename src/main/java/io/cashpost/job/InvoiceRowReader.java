package io.cashpost.job;

import java.nio.file.Path;

import io.cashpost.invoice.StagedInvoiceImport;
import io.cashpost.invoice.StagedInvoiceImport.Row;
import io.cashpost.invoice.StagedInvoiceImport.Rows;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The rows of an invoice file for {@code stageInvoicesStep}; on restart it reads forward
 * to where the failed run stopped.
 */
class InvoiceRowReader extends AbstractItemCountingItemStreamItemReader<Row> {

	private final StagedInvoiceImport invoices;

	private final Path file;

	private Rows rows;

	InvoiceRowReader(StagedInvoiceImport invoices, Path file) {
		this.invoices = invoices;
		this.file = file;
		setName("invoiceRowReader");
	}

	@Override
	protected void doOpen() {
		this.rows = this.invoices.open(this.file);
	}

	@Override
	protected Row doRead() {
		return this.rows.next();
	}

	@Override
	protected void doClose() {
		if (this.rows != null) {
			this.rows.close();
			this.rows = null;
		}
	}

}
