package io.cashpost.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PaymentMatcher#decide} called from several threads at once, as the partitions of
 * {@code matchAndPostStep} call it: each thread deciding its own customers' payments
 * gives exactly what one thread deciding them all gives, and threads racing for the same
 * invoices never both count on one open amount.
 */
class PaymentMatcherConcurrencyTests {

	private static final int CUSTOMERS = 240;

	private static final int THREADS = 4;

	private final InMemoryInvoices invoices = new InMemoryInvoices();

	@Test
	void threadsDecidingTheirOwnCustomersDecideAsOneThreadDecidingAll() throws Exception {
		Map<Integer, List<Payment>> byCustomer = customersAndTheirPayments();
		Map<Long, MatchDecision> serial = new HashMap<>();
		PaymentMatcher alone = new PaymentMatcher(this.invoices, MatchingProperties.defaults());
		byCustomer.values()
			.forEach((payments) -> payments
				.forEach((payment) -> serial.put(payment.transactionId(), alone.decide(payment))));
		assertThat(serial.values()).filteredOn(AutoPost.class::isInstance).hasSizeGreaterThan(CUSTOMERS * 7);
		assertThat(serial.values()).filteredOn(Refer.class::isInstance).hasSizeGreaterThanOrEqualTo(CUSTOMERS);
		for (int round = 0; round < 5; round++) {
			PaymentMatcher shared = new PaymentMatcher(this.invoices, MatchingProperties.defaults());
			Map<Long, MatchDecision> parallel = new ConcurrentHashMap<>();
			CyclicBarrier start = new CyclicBarrier(THREADS);
			inThreads((thread) -> {
				start.await();
				for (int customer = thread; customer < CUSTOMERS; customer += THREADS) {
					for (Payment payment : byCustomer.get(customer)) {
						parallel.put(payment.transactionId(), shared.decide(payment));
					}
				}
				return null;
			});
			assertThat(parallel).containsExactlyInAnyOrderEntriesOf(serial);
		}
	}

	@Test
	void threadsRacingForTheSameInvoicesPostEachOnlyOnce() throws Exception {
		int invoiceCount = 40;
		for (int i = 0; i < invoiceCount; i++) {
			this.invoices.add("INV-2026-" + (5000 + i), "C-" + (i % 3), (100 + i) + ".00",
					"RF" + (10 + i) + "ACME" + (5000 + i));
		}
		for (int round = 0; round < 5; round++) {
			PaymentMatcher shared = new PaymentMatcher(this.invoices, MatchingProperties.defaults());
			List<MatchDecision> decisions = new ArrayList<>();
			CyclicBarrier start = new CyclicBarrier(THREADS);
			for (List<MatchDecision> decided : inThreads((thread) -> {
				start.await();
				List<MatchDecision> mine = new ArrayList<>();
				for (int i = 0; i < invoiceCount; i++) {
					int invoice = (i + thread * 7) % invoiceCount;
					mine.add(shared.decide(payment(thread * 1000L + i, (100 + invoice) + ".00",
							"RF" + (10 + invoice) + "ACME" + (5000 + invoice), null, null)));
				}
				return mine;
			})) {
				decisions.addAll(decided);
			}
			Map<String, Integer> postings = new HashMap<>();
			for (MatchDecision decision : decisions) {
				if (decision instanceof AutoPost post) {
					post.allocations()
						.forEach((allocation) -> postings.merge(allocation.invoiceNumber(), 1, Integer::sum));
				}
				else {
					assertThat(((Refer) decision).reason()).isEqualTo(ExceptionReason.INVOICE_SETTLED);
				}
			}
			assertThat(postings).hasSize(invoiceCount).allSatisfy((number, count) -> assertThat(count).isOne());
		}
	}

	/**
	 * Customers whose payments touch only their own invoices: references, numbers in
	 * text, a known payer paying one invoice and a combination, a partial payment and its
	 * rest, an account learnt from one payment and used by the next, an invoice paid
	 * twice, a small shortfall written off, and amounts that fit two invoices alike.
	 */
	private Map<Integer, List<Payment>> customersAndTheirPayments() {
		Map<Integer, List<Payment>> byCustomer = new HashMap<>();
		long id = 1;
		for (int c = 0; c < CUSTOMERS; c++) {
			String customer = "C-" + c;
			String iban = String.format(Locale.ROOT, "DE%02d5001%014d", c % 97, c);
			String newIban = String.format(Locale.ROOT, "NL%02d7002%014d", c % 97, c);
			this.invoices.customer(customer, "Kunde " + c + " Handels GmbH");
			this.invoices.account(iban, customer);
			String[] amounts = new String[10];
			for (int k = 0; k < amounts.length; k++) {
				amounts[k] = BigDecimal.valueOf(c * 100_000L + (k + 1) * 1_013L + 17, 2).toPlainString();
				this.invoices.add(number(c, k), customer, amounts[k], reference(c, k));
			}
			this.invoices.add(number(c, 10), customer, amounts[9], null);
			List<Payment> payments = new ArrayList<>();
			payments.add(payment(id++, amounts[0], reference(c, 0), null, null));
			payments.add(text(id++, amounts[1], "Rechnung " + number(c, 1), null));
			payments.add(text(id++, amounts[2], "Danke", iban));
			payments.add(
					text(id++, new BigDecimal(amounts[3]).add(new BigDecimal(amounts[4])).toPlainString(), null, iban));
			payments.add(payment(id++, "10.00", reference(c, 5), null, null));
			payments.add(payment(id++, new BigDecimal(amounts[5]).subtract(BigDecimal.TEN).toPlainString(),
					reference(c, 5), null, null));
			payments.add(payment(id++, amounts[6], reference(c, 6), null, newIban));
			payments.add(text(id++, amounts[7], "Zahlung", newIban));
			payments.add(payment(id++, amounts[0], reference(c, 0), null, null));
			payments.add(text(id++, new BigDecimal(amounts[8]).subtract(new BigDecimal("2.50")).toPlainString(),
					"Rechnung " + number(c, 8), iban));
			payments.add(text(id++, amounts[9], "Zahlung", iban));
			byCustomer.put(c, payments);
		}
		return byCustomer;
	}

	private static String number(int customer, int k) {
		return String.format(Locale.ROOT, "INV-%04d-%02d", customer, k);
	}

	private static String reference(int customer, int k) {
		return String.format(Locale.ROOT, "RF%02dC%04dK%02d", (customer + k) % 90 + 10, customer, k);
	}

	private static Payment text(long id, String amount, String text, String iban) {
		return payment(id, amount, null, text, iban);
	}

	private static Payment payment(long id, String amount, String reference, String text, String iban) {
		RemittanceInfo remittance = new RemittanceInfo((text != null) ? List.of(text) : List.of(), reference,
				List.of());
		return new Payment(id, "key-" + id, "DE75512108001245126199", Money.of(amount, "EUR"), TestPayments.VALUE_DATE,
				EntryStatus.BOOKED, false, null, iban, remittance, "PMNT/RCDT/ESCT");
	}

	private static <T> List<T> inThreads(Task<T> task) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				int number = thread;
				futures.add(threads.submit(() -> task.run(number)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(2, TimeUnit.MINUTES));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	@FunctionalInterface
	private interface Task<T> {

		T run(int thread) throws Exception;

	}

}
