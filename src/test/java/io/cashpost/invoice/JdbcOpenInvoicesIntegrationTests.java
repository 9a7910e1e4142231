package io.cashpost.invoice;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.database.SqlArrays;
import io.cashpost.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class JdbcOpenInvoicesIntegrationTests {

	@Autowired
	OpenInvoices openInvoices;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void importTheSampleFile() {
		TestDatabase.clear(this.jdbc);
		this.invoiceImport.importFile(Path.of("sample-files/invoices.csv"));
	}

	@Test
	void findsAnInvoiceByItsReferenceKey() {
		List<Invoice> found = this.openInvoices.byReferenceKey(InvoiceKeys.of("rf98 2600 1001"));
		assertThat(found).singleElement().satisfies((invoice) -> {
			assertThat(invoice.number()).isEqualTo("INV-2026-1001");
			assertThat(invoice.customerId()).isEqualTo("C-1001");
			assertThat(invoice.amount()).isEqualTo(Money.of("1250.00", "EUR"));
			assertThat(invoice.openAmount()).isEqualTo(Money.of("1250.00", "EUR"));
			assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2026, 9, 15));
			assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 10, 15));
			assertThat(invoice.discountPercent()).isNull();
			assertThat(invoice.paymentReference()).isEqualTo("RF9826001001");
			assertThat(invoice.isOpen()).isTrue();
		});
		assertThat(this.openInvoices.byReferenceKey("RF0000000000")).isEmpty();
		assertThat(this.openInvoices.byReferenceKey(null)).isEmpty();
	}

	@Test
	void findsInvoicesByTheirNumberKeys() {
		List<Invoice> found = this.openInvoices
			.byNumberKeys(List.of(InvoiceKeys.of("inv 2026 1011"), "INV20261004", "INV20261004", "NOPE"));
		assertThat(found).extracting(Invoice::number).containsExactly("INV-2026-1004", "INV-2026-1011");
		Invoice discounted = found.get(0);
		assertThat(discounted.discountPercent()).isEqualTo(new BigDecimal("2"));
		assertThat(discounted.discountUntil()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(discounted.amount()).isEqualTo(Money.of("12500.00", "EUR"));
		assertThat(this.openInvoices.byNumberKeys(List.of())).isEmpty();
	}

	@Test
	void findsWhatAPageOfPaymentsNamesInOneLookUp() {
		InvoicesByKey found = this.openInvoices.byKeys(List.of("RF9826001001", "RF0000000000"),
				List.of("INV20261011", "INV20261004", "RF9826001001", "NOPE"));
		assertThat(found.named("RF9826001001", List.of())).extracting(Invoice::number).containsExactly("INV-2026-1001");
		assertThat(found.named(null, List.of("INV20261011", "INV20261004")))
			.isEqualTo(this.openInvoices.byNumberKeys(List.of("INV20261011", "INV20261004")));
		assertThat(found.named("RF9826001001", List.of("INV20261011", "INV20261001"))).extracting(Invoice::number)
			.containsExactly("INV-2026-1001", "INV-2026-1011");
		assertThat(found.named("RF0000000000", List.of("NOPE"))).isEmpty();
		assertThat(this.openInvoices.byKeys(List.of(), List.of()).named(null, List.of("INV20261011"))).isEmpty();
	}

	@Test
	void findsTheOneCustomerAnAccountBelongsTo() {
		assertThat(this.openInvoices.customerOfAccount("de89 3704 0044 0532 0130 00")).contains("C-1001");
		assertThat(this.openInvoices.customerOfAccount("CH9300762011623852957")).isEmpty();
		this.jdbc.sql("""
				insert into customer_account (account, customer_id, source)
				values ('DE89370400440532013000', 'C-1002', 'confirmed_match')
				""").update();
		assertThat(this.openInvoices.customerOfAccount("DE89370400440532013000")).isEmpty();
	}

	@Test
	void streamsEveryOpenInvoiceOnceAndNoSettledOne() {
		this.jdbc
			.sql("update invoice set open_amount = 0, settled_outside = amount where invoice_number = 'INV-2026-1001'")
			.update();
		List<Invoice> open = new ArrayList<>();
		this.openInvoices.forEachOpen(open::add);
		int expected = this.jdbc.sql("select count(*) from invoice where open_amount > 0 and document_type = 'invoice'")
			.query(Integer.class)
			.single();
		assertThat(open).hasSize(expected).noneMatch((invoice) -> invoice.number().equals("INV-2026-1001"));
		assertThat(open).as("a credit note is no invoice to apply cash to")
			.noneMatch((invoice) -> invoice.number().equals("CN-2026-0457"));
		List<Invoice> creditNotes = new ArrayList<>();
		this.openInvoices.forEachOpenCreditNote(creditNotes::add);
		assertThat(creditNotes).extracting(Invoice::number).containsExactly("CN-2026-0457");
		assertThat(open).allSatisfy((invoice) -> assertThat(invoice.isOpen()).isTrue());
	}

	@Test
	void customerNamesComeWithTheirAliases() {
		this.jdbc.sql("insert into customer_alias (customer_id, alias) values ('C-1001', 'MM Maschinen')").update();
		List<CustomerName> names = this.openInvoices.customerNames();
		assertThat(names).contains(new CustomerName("C-1001", "Müller Maschinenbau GmbH", false),
				new CustomerName("C-1001", "MM Maschinen", true));
		assertThat(names.stream().filter((name) -> !name.alias()).count())
			.isEqualTo(this.jdbc.sql("select count(*) from customer").query(Long.class).single());
		List<CustomerName> streamed = new ArrayList<>();
		this.openInvoices.forEachCustomerName(streamed::add);
		assertThat(streamed).containsExactlyElementsOf(names);
	}

	@Test
	void payerAccountsNameTheirSource() {
		this.jdbc
			.sql("insert into customer_account (account, customer_id, source) "
					+ "values ('NL91ABNA0417164300', 'C-1001', 'confirmed_match')")
			.update();
		assertThat(this.openInvoices.payerAccounts()).contains(
				new PayerAccount("DE89370400440532013000", "C-1001", "invoice_import"),
				new PayerAccount("NL91ABNA0417164300", "C-1001", "confirmed_match"));
		List<PayerAccount> streamed = new ArrayList<>();
		this.openInvoices.forEachPayerAccount(streamed::add);
		assertThat(streamed).containsExactlyElementsOf(this.openInvoices.payerAccounts());
	}

	/**
	 * With sequential scans priced out, a lookup that still scans has no index to use: at
	 * a million invoices it would read them all for every payment.
	 */
	@Test
	void everyLookupHasAnIndex() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			assertThat(plan(JdbcOpenInvoices.BY_REFERENCE_KEY, Map.of("key", "RF9826001001")))
				.doesNotContain("Seq Scan");
			List<String> numbers = List.of("INV20261001", "INV20261002");
			assertThat(plan(JdbcOpenInvoices.BY_NUMBER_KEYS, Map.of("keys", SqlArrays.text(numbers, (key) -> key))))
				.doesNotContain("Seq Scan");
			assertThat(plan(JdbcOpenInvoices.BY_KEYS,
					Map.of("referenceKeys", SqlArrays.text(List.of("RF9826001001"), (key) -> key), "numberKeys",
							SqlArrays.text(numbers, (key) -> key))))
				.doesNotContain("Seq Scan");
			assertThat(plan(JdbcOpenInvoices.CUSTOMERS_OF_ACCOUNT, Map.of("account", "DE89370400440532013000")))
				.doesNotContain("Seq Scan");
		});
	}

	private String plan(String sql, Map<String, ?> parameters) {
		return String.join("\n", this.jdbc.sql("explain " + sql).params(parameters).query(String.class).list());
	}

}
