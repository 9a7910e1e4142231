package io.cashpost.job;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A generated camt.053 of many payments and the open invoices they pay, {@code INV-5000}
 * onwards as {@link TestPayments} has them, 40 per customer. Every twenty entries:
 * fourteen pay an invoice in full, two pay half of one, one pays two invoices of two
 * customers, one nobody can place, one is an outgoing payment and one returns the full
 * payment nineteen entries before. Each invoice is named by one payment only, and no
 * payment that names none has an invoice's amount, so no decision depends on which
 * partition, worker or chunk makes it.
 */
final class MixedStatement {

	/**
	 * What the payments nobody can place add to an amount, so that none equals an open
	 * invoice: a referral's reason ({@code unknown_payer} or {@code ambiguous}) may
	 * otherwise depend on whether another partition had settled that invoice in the same
	 * JVM before.
	 */
	private static final BigDecimal ODD_CENTS = new BigDecimal("0.37");

	private MixedStatement() {
	}

	static Path write(Path dir, int payments) {
		CamtStatementBuilder statement = CamtStatementBuilder.statement("STMT-MIXED");
		for (int i = 0; i < payments; i++) {
			String ref = "P" + i;
			String customer = "Customer " + (i % customers(payments));
			switch (i % 20) {
				case 14, 15 -> statement.creditWithText(ref, amount(i).divide(BigDecimal.valueOf(2)).toPlainString(),
						customer, "Invoice " + number(i));
				case 16 -> statement.creditWithText(ref, amount(i).add(amount(i + 1)).toPlainString(), customer,
						"Invoices " + number(i) + " and " + number(i + 1));
				case 17 -> statement.creditWithText(ref, amount(i).add(ODD_CENTS).toPlainString(), "Unbekannt " + i,
						"Miete Oktober");
				case 18 -> statement.debit(ref, "50.00", "Lieferant " + i);
				case 19 -> statement.returned(ref, amount(i - 19).toPlainString(), "P" + (i - 19), "AC04");
				default -> statement.creditWithText(ref, amount(i).toPlainString(), customer, "Invoice " + number(i));
			}
		}
		return statement.writeTo(dir, "mixed.camt053.xml");
	}

	/** The invoices the statement pays, as {@code import-invoices} would load them. */
	static void insertInvoices(JdbcClient db, int payments) {
		db.sql("""
				insert into customer (customer_id, name)
				select 'C-' || c, 'Customer ' || c from generate_series(0, :customers - 1) c
				""").param("customers", customers(payments)).update();
		db.sql("""
				insert into invoice (invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,
				                     due_date)
				select 'INV-' || (5000 + i), 'INV' || (5000 + i), 'C-' || (i % :customers), 'EUR', 100 + i, 100 + i,
				       date '2026-10-01', date '2026-10-31'
				  from generate_series(0, :payments) i
				""").param("customers", customers(payments)).param("payments", payments).update();
		db.sql("analyze customer, invoice").update();
	}

	private static int customers(int payments) {
		return Math.max(8, payments / 40);
	}

	private static BigDecimal amount(int i) {
		return new BigDecimal(TestPayments.amount(i));
	}

	private static String number(int i) {
		return "INV-" + (5000 + i);
	}

}
