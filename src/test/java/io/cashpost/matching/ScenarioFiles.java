package io.cashpost.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.benchmark.Camt053Writer;
import io.cashpost.matching.MatchingScenario.Customer;
import io.cashpost.matching.MatchingScenario.Entry;
import io.cashpost.matching.MatchingScenario.GeneratedInvoice;

/**
 * Writes a scenario as the real pipeline takes it: the ERP's invoice CSV and one
 * camt.053.001.08 file per day, with a statement per account whose balances add up.
 */
final class ScenarioFiles {

	private ScenarioFiles() {
	}

	static Path invoicesCsv(MatchingScenario scenario, Path dir) {
		Map<String, Customer> customers = new LinkedHashMap<>();
		scenario.customers().forEach((customer) -> customers.put(customer.id(), customer));
		Path file = dir.resolve("invoices.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,open_amount,"
					+ "discount_percent,discount_until,customer_iban,payment_reference,document_type\n");
			for (GeneratedInvoice invoice : scenario.invoices()) {
				Customer customer = customers.get(invoice.customerId());
				out.write(String.join(",", invoice.number(), customer.id(), quoted(customer.name()), invoice.currency(),
						invoice.amount().toPlainString(), invoice.issueDate().toString(), invoice.dueDate().toString(),
						"", plain(invoice.discountPercent()),
						(invoice.discountUntil() != null) ? invoice.discountUntil().toString() : "",
						orEmpty(customer.importedIban()), orEmpty(invoice.paymentReference()),
						invoice.creditNote() ? "credit_note" : "invoice"));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * One camt.053 file per day; our second EUR account always gets a statement on day 1.
	 */
	static List<Path> statements(MatchingScenario scenario, Path dir) {
		List<Path> files = new ArrayList<>();
		for (int day = 1; day <= 2; day++) {
			Map<String, List<Entry>> byAccount = new LinkedHashMap<>();
			if (day == 1) {
				byAccount.put(scenario.ownAccounts().get("EUR2"), new ArrayList<>());
			}
			for (Entry entry : scenario.entries()) {
				if (entry.day() == day) {
					byAccount.computeIfAbsent(scenario.ownAccounts().get(entry.currency()), (a) -> new ArrayList<>())
						.add(entry);
				}
			}
			Path file = dir.resolve("statement-day-" + day + ".xml");
			write(file, day, byAccount, scenario);
			files.add(file);
		}
		return files;
	}

	private static void write(Path file, int day, Map<String, List<Entry>> byAccount, MatchingScenario scenario) {
		LocalDate date = (day == 1) ? MatchingCaseGenerator.DAY_1 : MatchingCaseGenerator.DAY_2;
		try (Camt053Writer camt = Camt053Writer.open(file, date, Camt053Writer.Detail.COMPACT)) {
			for (Map.Entry<String, List<Entry>> account : byAccount.entrySet()) {
				String currency = scenario.ownAccounts().get("USD").equals(account.getKey()) ? "USD" : "EUR";
				BigDecimal opening = new BigDecimal("100000.00");
				BigDecimal closing = opening;
				for (Entry entry : account.getValue()) {
					closing = closing.add(entry.amount());
				}
				camt.startStatement("STMT-" + date + "-" + account.getKey(), account.getKey(), currency, date, opening,
						closing);
				account.getValue().forEach((entry) -> camt.entry(entry.onStatement()));
				camt.endStatement();
			}
		}
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
