package io.cashpost.invoice;

import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learnt payer accounts: an account becomes a customer's only while no other customer is
 * known to use it. The sample file imports Lefèvre's account for C-1003; C-1004 and
 * C-1007 have none.
 */
@CashpostIntegrationTest
class LearntPayerAccountsIntegrationTests {

	private static final String LEFEVRE_IBAN = "FR14 2004 1010 0505 0001 3M02 606";

	private static final String NEW_IBAN = "BE71 0961 2345 6769";

	@Autowired
	LearntPayerAccounts learntAccounts;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void importTheSampleFile() {
		TestDatabase.clear(this.jdbc);
		this.invoiceImport.importFile(Path.of("sample-files/invoices.csv"));
	}

	@Test
	void anAccountImportedForAnotherCustomerIsNotLearnt() {
		this.learntAccounts.learnAll(List.of(learnt(LEFEVRE_IBAN, "C-1001")));

		assertThat(owners("FR1420041010050500013M02606")).containsExactly("C-1003 invoice_import");
	}

	@Test
	void anAccountLearntEarlierForAnotherCustomerIsNotLearnt() {
		this.learntAccounts.learnAll(List.of(learnt(NEW_IBAN, "C-1004")));

		this.learntAccounts.learnAll(List.of(learnt(NEW_IBAN, "C-1007")));

		assertThat(owners("BE71096123456769")).containsExactly("C-1004 confirmed_match");
	}

	@Test
	void ofOneNewAccountTaughtToTwoCustomersInAChunkTheFirstInOrderIsLearnt() {
		this.learntAccounts.learnAll(
				List.of(learnt(NEW_IBAN, "C-1007"), learnt("BE71096123456769", "C-1004"), learnt(NEW_IBAN, "C-1007")));

		assertThat(owners("BE71096123456769")).containsExactly("C-1007 confirmed_match");
	}

	@Test
	void learningAnAccountForItsOwnCustomerAgainChangesNothing() {
		this.learntAccounts
			.learnAll(List.of(learnt(LEFEVRE_IBAN, "C-1003"), learnt(NEW_IBAN, "C-1004"), learnt(NEW_IBAN, "C-1004")));
		this.learntAccounts.learnAll(List.of(learnt(NEW_IBAN, "C-1004")));

		assertThat(owners("FR1420041010050500013M02606")).containsExactly("C-1003 invoice_import");
		assertThat(owners("BE71096123456769")).containsExactly("C-1004 confirmed_match");
	}

	private static PayerAccount learnt(String account, String customerId) {
		return new PayerAccount(account, customerId, "confirmed_match");
	}

	private List<String> owners(String account) {
		return this.jdbc.sql(
				"select customer_id || ' ' || source from customer_account where account = :account order by customer_id")
			.param("account", account)
			.query(String.class)
			.list();
	}

}
