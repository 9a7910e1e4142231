package io.cashpost.posting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.RemittanceInfo;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test support for the ledger: invoices through the real import, bank transactions staged
 * as an ingested file would leave them (no reader needed), and reads of what the ledger
 * holds.
 */
public final class LedgerFixture {

	public static final String ACCOUNT = "DE75512108001245126199";

	public static final String INVOICES = """
			invoice_number,customer_id,customer_name,currency,amount,open_amount,issue_date,due_date,customer_iban,payment_reference
			INV-A,C-1,Müller Maschinenbau GmbH,EUR,1000.00,1000.00,2026-10-01,2026-10-31,DE89370400440532013000,RF18539007547034
			INV-B,C-2,Van der Berg Logistiek B.V.,EUR,500.00,500.00,2026-10-05,2026-11-04,,
			INV-C,C-1,Müller Maschinenbau GmbH,EUR,1000.00,1000.00,2026-11-01,2026-12-01,,RF712348231
			INV-D,C-3,Alpine Werkzeuge AG,CHF,300.00,300.00,2026-11-01,2026-12-01,,RF62INVD
			INV-E,C-2,Van der Berg Logistiek B.V.,EUR,800.00,600.00,2026-09-01,2026-10-01,,
			""";

	private final JdbcClient jdbc;

	private final StagedTransactions staged;

	public LedgerFixture(JdbcClient jdbc, StagedTransactions staged) {
		this.jdbc = jdbc;
		this.staged = staged;
	}

	/** Verifies the ledger in any database, with the default chart of accounts. */
	public static LedgerCheck verify(JdbcClient jdbc) {
		return new LedgerVerification(jdbc, LedgerProperties.defaults()).verify();
	}

	public void importInvoices(InvoiceImport invoiceImport, Path dir) {
		try {
			invoiceImport
				.importFile(Files.writeString(dir.resolve("invoices-" + UUID.randomUUID() + ".csv"), INVOICES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Registers an ingested file holding the transactions, ready for matching. */
	public long ingested(String fileName, BankTransaction... transactions) {
		long fileId = this.jdbc.sql("""
				insert into statement_file (sha256, file_name, size_bytes, format, status, received_at, ingested_at)
				values (:sha, :name, 1, 'camt.053.001.08', 'ingested', now(), now())
				returning file_id
				""")
			.param("sha", UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000")
			.param("name", fileName)
			.query(Long.class)
			.single();
		this.staged.stage(fileId, Arrays.asList(transactions));
		return fileId;
	}

	/**
	 * A booked credit on the test account, entry {@code index} of statement
	 * {@code statement}.
	 */
	public static BankTransaction.Builder credit(String statement, int index, String amount) {
		return BankTransaction.builder()
			.statementRef(statement)
			.entryIndex(index)
			.entryRef(statement + "-" + index)
			.endToEndId("E2E-" + statement + "-" + index)
			.account(ACCOUNT)
			.amount(Money.of(amount, "EUR"))
			.bookingDate(LocalDate.of(2026, 11, 20))
			.valueDate(LocalDate.of(2026, 11, 20));
	}

	/** A receipt paying by structured creditor reference. */
	public static BankTransaction paying(String statement, int index, String amount, String reference) {
		return credit(statement, index, amount).debtorName("Payer " + index)
			.remittance(new RemittanceInfo(List.of(), reference, List.of()))
			.build();
	}

	/** A receipt nothing identifies. */
	public static BankTransaction unidentified(String statement, int index, String amount) {
		return credit(statement, index, amount).debtorName("Unbekannt")
			.remittance(new RemittanceInfo(List.of("Miete"), null, List.of()))
			.build();
	}

	/** The bank returns an earlier credit: same end-to-end id, amount negated. */
	public static BankTransaction returnOf(String statement, int index, String originalStatement, int originalIndex,
			String amount) {
		return credit(statement, index, "-" + amount).endToEndId("E2E-" + originalStatement + "-" + originalIndex)
			.reversal(true)
			.build();
	}

	public BigDecimal openAmount(String invoiceNumber) {
		return this.jdbc.sql("select open_amount from invoice where invoice_number = :number")
			.param("number", invoiceNumber)
			.query(BigDecimal.class)
			.single();
	}

	public String paymentStatus(String invoiceNumber) {
		return this.jdbc.sql("select payment_status from invoice where invoice_number = :number")
			.param("number", invoiceNumber)
			.query(String.class)
			.single();
	}

	/** Debits minus credits on the account (all its sub-accounts). */
	public BigDecimal balance(String accountCode) {
		return this.jdbc.sql("""
				select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) from journal_line
				 where account_code = :code or account_code like :code || ':%'
				""").param("code", accountCode).query(BigDecimal.class).single();
	}

	public int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	public long exceptionOf(String entryRef) {
		return this.jdbc
			.sql("""
					select e.exception_id from exception_item e join bank_transaction t on t.transaction_id = e.bank_transaction_id
					 where t.entry_ref = :ref order by e.exception_id limit 1
					""")
			.param("ref", entryRef)
			.query(Long.class)
			.single();
	}

	public String exceptionReason(String entryRef) {
		return this.jdbc
			.sql("""
					select e.reason from exception_item e join bank_transaction t on t.transaction_id = e.bank_transaction_id
					 where t.entry_ref = :ref order by e.exception_id desc limit 1
					""")
			.param("ref", entryRef)
			.query(String.class)
			.single();
	}

}
