package io.cashpost.benchmark;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cashpost.reference.CreditorReference;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineScenarioTests {

	@TempDir
	Path dir;

	@Test
	void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
		Path first = write(new PipelineScenario(600, 42), "first");
		Path again = write(new PipelineScenario(600, 42), "again");
		Path other = write(new PipelineScenario(600, 7), "other");
		for (String file : List.of("invoices.csv", "statement.xml")) {
			assertThat(Files.readAllBytes(again.resolve(file))).isEqualTo(Files.readAllBytes(first.resolve(file)));
			assertThat(Files.readAllBytes(other.resolve(file))).isNotEqualTo(Files.readAllBytes(first.resolve(file)));
		}
	}

	@Test
	void theStatementHasOneBookedCreditPerPaymentAndAddsUp() {
		PipelineScenario scenario = new PipelineScenario(1000, 42);
		Path statement = scenario.writeStatement(this.dir.resolve("statement.xml"));
		List<BankTransaction> transactions = new ArrayList<>();
		List<StatementSummary> summaries = new ArrayList<>();
		try (StatementReader reader = StatementFiles.open(statement)) {
			assertThat(reader.format().version()).isEqualTo("camt.053.001.08");
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof BankTransaction transaction) {
					transactions.add(transaction);
				}
				else if (part instanceof StatementSummary summary) {
					summaries.add(summary);
				}
			}
		}
		assertThat(summaries).singleElement().satisfies((summary) -> {
			assertThat(summary.entries()).isEqualTo(1000);
			assertThat(summary.balanced()).isTrue();
		});
		assertThat(transactions).hasSize(1000).allSatisfy((transaction) -> assertThat(transaction.isCredit()).isTrue());
	}

	/**
	 * Mostly referenced, some to be found by payer and amount, some exceptions; every
	 * creditor reference valid; the bank sends a few entries twice.
	 */
	@Test
	void thePaymentsComeInARealisticMix() {
		PipelineScenario scenario = new PipelineScenario(5000, 42);
		int creditorReferences = 0;
		int documents = 0;
		int namingAnInvoice = 0;
		int strangers = 0;
		Set<String> refs = new HashSet<>();
		int resent = 0;
		for (int k = 0; k < scenario.payments(); k++) {
			StatementEntry entry = scenario.payment(k);
			if (!refs.add(entry.ref())) {
				resent++;
			}
			if (entry.creditorReference() != null) {
				creditorReferences++;
				assertThat(CreditorReference.isValid(entry.creditorReference())).as(entry.creditorReference()).isTrue();
			}
			else if (!entry.documents().isEmpty()) {
				documents++;
			}
			else if (entry.text() != null && entry.text().matches("(?i).*\\b(inv|re|20\\d\\d).*\\d{3,}.*")) {
				namingAnInvoice++;
			}
			if (entry.debtorName() != null
					&& entry.debtorName().matches("Privatperson.*|Stadtwerke.*|Jane Doe|Cafe.*")) {
				strangers++;
			}
		}
		assertThat(creditorReferences).isBetween(600, 1100);
		assertThat(documents).isBetween(200, 550);
		assertThat(creditorReferences + documents + namingAnInvoice).isGreaterThan(3500);
		assertThat(strangers).isBetween(100, 400);
		assertThat(resent).isBetween(20, 80);
	}

	@Test
	void customersHaveTwentyToSixtyOpenInvoicesInTheImportContract() throws IOException {
		PipelineScenario scenario = new PipelineScenario(3000, 42);
		List<String> lines = Files.readAllLines(scenario.writeInvoices(this.dir.resolve("invoices.csv")));
		assertThat(lines.get(0)).isEqualTo("invoice_number,customer_id,customer_name,currency,amount,issue_date,"
				+ "due_date,open_amount,discount_percent,discount_until,customer_iban,payment_reference");
		Map<String, Integer> perCustomer = new HashMap<>();
		Set<String> numbers = new HashSet<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] columns = line.split(",", -1);
			assertThat(columns).hasSize(12);
			assertThat(numbers.add(columns[0])).as(columns[0]).isTrue();
			perCustomer.merge(columns[1], 1, Integer::sum);
			assertThat(new BigDecimal(columns[7])).isPositive().isLessThanOrEqualTo(new BigDecimal(columns[4]));
		}
		assertThat(numbers).hasSize(3000);
		assertThat(perCustomer).hasSize(scenario.customers());
		List<Integer> counts = perCustomer.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
		assertThat(counts.subList(0, counts.size() - 1)).allSatisfy((count) -> assertThat(count).isBetween(20, 60));
	}

	private Path write(PipelineScenario scenario, String name) throws IOException {
		Path target = Files.createDirectories(this.dir.resolve(name));
		scenario.writeInvoices(target.resolve("invoices.csv"));
		scenario.writeStatement(target.resolve("statement.xml"));
		return target;
	}

}
