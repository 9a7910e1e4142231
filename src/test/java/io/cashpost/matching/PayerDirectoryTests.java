package io.cashpost.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Learning a payer account within a run: an account becomes a customer's only while no
 * other customer is known to use it, so that a third party's payment by reference never
 * costs the account's customer its identification by account.
 */
class PayerDirectoryTests {

	private static final String LEFEVRE_IBAN = "FR76 3000 6000 0112 3456 7890 189";

	private final PayerDirectory payers = new PayerDirectory(MatchingProperties.defaults().names());

	@Test
	void anAccountNoCustomerUsesIsLearnt() {
		this.payers.learn(LEFEVRE_IBAN, "C-1003");

		Payer payer = this.payers.identify("FR7630006000011234567890189", null);

		assertThat(payer.customerId()).isEqualTo("C-1003");
		assertThat(payer.byAccount()).isTrue();
		assertThat(payer.evidence()).contains("(confirmed match)");
	}

	@Test
	void anAccountImportedForAnotherCustomerIsNotLearnt() {
		this.payers.addAccount(LEFEVRE_IBAN, "C-1003", "invoice_import");

		this.payers.learn(LEFEVRE_IBAN, "C-1001");

		Payer payer = this.payers.identify(LEFEVRE_IBAN, "Lefèvre & Fils");
		assertThat(payer.customerId()).isEqualTo("C-1003");
		assertThat(payer.byAccount()).isTrue();
		assertThat(payer.evidence()).contains("is C-1003's (invoice import)");
	}

	@Test
	void anAccountLearntEarlierForAnotherCustomerIsNotLearntAgain() {
		this.payers.learn(LEFEVRE_IBAN, "C-1003");

		this.payers.learn(LEFEVRE_IBAN, "C-1001");

		Payer payer = this.payers.identify(LEFEVRE_IBAN, null);
		assertThat(payer.customerId()).isEqualTo("C-1003");
		assertThat(payer.byAccount()).isTrue();
	}

	@Test
	void learningTheCustomersOwnAccountAgainChangesNothing() {
		this.payers.addAccount(LEFEVRE_IBAN, "C-1003", "invoice_import");

		this.payers.learn(LEFEVRE_IBAN, "C-1003");
		this.payers.learn(LEFEVRE_IBAN, "C-1003");

		assertThat(this.payers.identify(LEFEVRE_IBAN, null).evidence()).contains("is C-1003's (invoice import)");
	}

	@Test
	void anAccountImportedForTwoCustomersStaysShared() {
		this.payers.addName("C-1001", "Muster GmbH");
		this.payers.addAccount(LEFEVRE_IBAN, "C-1003", "invoice_import");
		this.payers.addAccount(LEFEVRE_IBAN, "C-1004", "invoice_import");

		this.payers.learn(LEFEVRE_IBAN, "C-1003");

		Payer payer = this.payers.identify(LEFEVRE_IBAN, "Muster GmbH");
		assertThat(payer.byAccount()).isFalse();
		assertThat(payer.evidence()).contains("is used by 2 customers");
	}

	@Test
	void ofThreadsTeachingOneAccountToManyCustomersExactlyOneWins() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> learnt = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String customerId = "C-" + i;
				learnt.add(threads.submit(() -> {
					start.await();
					this.payers.learn(LEFEVRE_IBAN, customerId);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : learnt) {
				future.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		Payer payer = this.payers.identify(LEFEVRE_IBAN, null);
		assertThat(payer.byAccount()).isTrue();
		assertThat(payer.customerId()).startsWith("C-");
	}

}
