package io.cashpost.invoice;

import java.nio.file.Path;
import java.sql.Types;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invoice import in steps a batch job commits one at a time and restarts where it
 * stopped: check the whole file, stage its rows chunk by chunk under an import id, then
 * merge them in one transaction through the same upsert as {@link InvoiceImport}. The
 * file is still imported whole or not at all.
 */
@Component
public class StagedInvoiceImport {

	private static final String STAGE = """
			insert into invoice_import_row (import_id, line, invoice_number, number_key, customer_id, customer_name,
			    currency, amount, open_amount, issue_date, due_date, discount_percent, discount_until,
			    customer_account, payment_reference, reference_key, document_type)
			values (:importId, :line, :invoiceNumber, :numberKey, :customerId, :customerName,
			    :currency, :amount, :openAmount, :issueDate, :dueDate, :discountPercent, :discountUntil,
			    :customerAccount, :paymentReference, :referenceKey, :documentType)
			on conflict (import_id, invoice_number) do nothing
			""";

	private static final String COPY_TO_STAGING = """
			insert into invoice_staging (line, invoice_number, number_key, customer_id, customer_name, currency,
			    amount, open_amount, issue_date, due_date, discount_percent, discount_until, customer_account,
			    payment_reference, reference_key, document_type)
			select line, invoice_number, number_key, customer_id, customer_name, currency,
			       amount, open_amount, issue_date, due_date, discount_percent, discount_until, customer_account,
			       payment_reference, reference_key, document_type
			  from invoice_import_row
			 where import_id = :importId
			""";

	private static final String COUNTS = """
			select count(*) as rows_staged,
			       count(distinct customer_id) as customers,
			       count(distinct (customer_account, customer_id)) filter (where customer_account is not null) as accounts
			  from invoice_import_row
			 where import_id = :importId
			""";

	private final JdbcInvoiceStore store;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	StagedInvoiceImport(JdbcInvoiceStore store, JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.store = store;
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Reads the whole file without touching the database.
	 * @throws InvoiceFileException naming every bad row, when there is one
	 */
	public void check(Path csv) {
		InvoiceFileCheck check;
		try (InvoiceCsvReader reader = InvoiceCsvReader.open(csv)) {
			check = new InvoiceFileCheck(reader.file()).readAll(reader);
		}
		check.throwIfInvalid();
	}

	/** Opens the file for staging; close it when done. */
	public Rows open(Path csv) {
		return new Rows(InvoiceCsvReader.open(csv));
	}

	/** Stages rows; staging the same rows again changes nothing. */
	public void stage(long importId, List<? extends Row> rows) {
		if (!rows.isEmpty()) {
			this.batch.batchUpdate(STAGE,
					rows.stream().map((row) -> parameters(importId, row.row)).toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Merges what was staged in one transaction, then forgets it.
	 * @param importId the import
	 * @param fileName the file's name, for the result
	 * @return what changed
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public ImportResult merge(long importId, String fileName) {
		Map<String, Object> counts = this.jdbc.sql(COUNTS).param("importId", importId).query().singleRow();
		this.store.createStaging();
		this.jdbc.sql(COPY_TO_STAGING).param("importId", importId).update();
		JdbcInvoiceStore.Upserted upserted = this.store.upsertStaged();
		discard(importId);
		int staged = ((Number) counts.get("rows_staged")).intValue();
		return new ImportResult(fileName, ((Number) counts.get("customers")).intValue(),
				((Number) counts.get("accounts")).intValue(), upserted.created(), upserted.updated(), upserted.kept(),
				staged - upserted.created() - upserted.updated() - upserted.kept());
	}

	/** Forgets what was staged for an import. */
	public void discard(long importId) {
		this.jdbc.sql("delete from invoice_import_row where import_id = :importId")
			.param("importId", importId)
			.update();
	}

	private static SqlParameterSource parameters(long importId, InvoiceRow row) {
		return JdbcInvoiceStore.parameters(row).addValue("importId", importId);
	}

	/** The valid rows of an invoice file, one at a time. */
	public static final class Rows implements AutoCloseable {

		private final InvoiceCsvReader reader;

		private Rows(InvoiceCsvReader reader) {
			this.reader = reader;
		}

		/**
		 * The next row, or {@code null} at the end.
		 * @throws InvoiceFileException when a row is not valid (the file changed since it
		 * was checked)
		 */
		public Row next() {
			InvoiceCsvRow row = this.reader.read();
			if (row == null) {
				return null;
			}
			if (!(row instanceof InvoiceRow invoice)) {
				throw new InvoiceFileException(this.reader.file(),
						List.of(new InvoiceProblem(row.line(), "the file changed while it was being imported")), 1);
			}
			return new Row(invoice);
		}

		@Override
		public void close() {
			this.reader.close();
		}

	}

	/** One valid row of an invoice file. */
	public static final class Row {

		final InvoiceRow row;

		private Row(InvoiceRow row) {
			this.row = row;
		}

		/** The line it starts on. */
		public long line() {
			return this.row.line();
		}

	}

}
