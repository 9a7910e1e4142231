package io.cashpost.job;

import java.math.BigDecimal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.Payment;
import io.cashpost.invoice.OpenInvoices;
import io.cashpost.matching.MatchingProperties;
import io.cashpost.matching.PaymentMatcher;
import io.cashpost.posting.LedgerFixture;
import io.cashpost.posting.LedgerVerification;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two match-and-post runs over the same undecided transactions at once (two processes
 * ingesting at the same time): each transaction is carried out once, by whichever run
 * claims it first; nothing is doubled, nothing is marked a duplicate of itself.
 */
@CashpostIntegrationTest
class DecisionWriterConcurrencyIntegrationTests {

	@Autowired
	DecisionWriter writer;

	@Autowired
	OpenInvoices openInvoices;

	@Autowired
	MatchingProperties matchingProperties;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	LedgerVerification verification;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture ledger;

	@BeforeEach
	void thirtyPayments() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		this.ledger.importInvoices(this.invoiceImport, this.dir);
		List<BankTransaction> transactions = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			transactions.add(LedgerFixture.paying("S1", i, "100.00", "RF18539007547034"));
			transactions.add(LedgerFixture.credit("S1", 10 + i, "50.00")
				.remittance(new RemittanceInfo(List.of(), null, List.of("INV-B")))
				.build());
			transactions.add(LedgerFixture.unidentified("S1", 20 + i, "7.00"));
		}
		this.ledger.ingested("s1.xml", transactions.toArray(BankTransaction[]::new));
	}

	@RepeatedTest(3)
	void twoRunsAtOnceCarryOutEachDecisionOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// two processes: each with a matcher of its own, indexing the invoices as it
			// finds them
			List<Future<?>> runs = List.of(threads.submit(() -> run(newMatcher())),
					threads.submit(() -> run(newMatcher())));
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(this.ledger.count("select count(*) from bank_transaction where match_status = 'new'")).isZero();
		assertThat(this.ledger.count("select count(*) from exception_item where reason = 'duplicate'")).isZero();
		assertThat(this.ledger.count("select count(*) from journal_entry")).isEqualTo(30);
		assertThat(this.ledger.balance("1200")).isEqualByComparingTo("1570.00");
		// A process deciding on figures the other has since changed may refer a payment
		// rather
		// than post it (the posting re-checks under a lock), so what is open depends on
		// timing;
		// what is invariant is that each euro is either applied or in suspense, never
		// both or twice.
		assertThat(this.ledger.openAmount("INV-A")
			.add(this.ledger.openAmount("INV-B"))
			.subtract(this.ledger.balance("1590").negate())
			.subtract(new BigDecimal("70.00"))).isLessThanOrEqualTo(BigDecimal.ZERO);
		assertThat(this.ledger.openAmount("INV-A").add(this.ledger.openAmount("INV-B")))
			.isEqualByComparingTo(this.ledger.balance("1590").negate().subtract(new BigDecimal("70.00")));
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	/** What {@code matchAndPostStep} does, a chunk of five per transaction. */
	private PaymentMatcher newMatcher() {
		return new PaymentMatcher(this.openInvoices, this.matchingProperties);
	}

	private void run(PaymentMatcher matcher) {
		PendingPaymentReader reader = new PendingPaymentReader(this.jdbc, 5, (page) -> {
		});
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		while (true) {
			List<MatchDecision> chunk = new ArrayList<>();
			Payment payment;
			while (chunk.size() < 5 && (payment = reader.read()) != null) {
				chunk.add(matcher.decide(payment));
			}
			if (chunk.isEmpty()) {
				return;
			}
			transaction.executeWithoutResult((status) -> this.writer.write(new Chunk<>(chunk)));
		}
	}

}
