package io.cashpost.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Invoices spread over customers, and statements paying them one by one (invoice number
 * in the text, exact amount), for tests of whole jobs.
 */
public final class TestPayments {

	private TestPayments() {
	}

	/** {@code INV-5000...}, customer {@code C-(i % customers)}, amount 100.00 + i. */
	public static Path invoices(Path dir, int count, int customers) {
		StringBuilder csv = new StringBuilder(
				"invoice_number,customer_id,customer_name,currency,amount,issue_date," + "due_date\n");
		for (int i = 0; i < count; i++) {
			int customer = i % customers;
			csv.append("INV-")
				.append(5000 + i)
				.append(",C-")
				.append(customer)
				.append(",Customer ")
				.append(customer)
				.append(",EUR,")
				.append(amount(i))
				.append(",2026-10-01,2026-10-31\n");
		}
		try {
			Files.createDirectories(dir);
			return Files.writeString(dir.resolve("invoices.csv"), csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A statement whose entries {@code P<i>} pay invoices {@code from} to {@code to - 1}.
	 */
	public static Path statement(Path dir, String fileName, String statementId, int from, int to) {
		CamtStatementBuilder statement = CamtStatementBuilder.statement(statementId);
		for (int i = from; i < to; i++) {
			statement.creditWithText("P" + i, amount(i), "Customer " + i, "Invoice INV-" + (5000 + i));
		}
		return statement.writeTo(dir, fileName);
	}

	public static String amount(int i) {
		return (100 + i) + ".00";
	}

}
