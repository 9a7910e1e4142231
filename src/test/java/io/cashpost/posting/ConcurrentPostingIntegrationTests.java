package io.cashpost.posting;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.exceptionqueue.ExceptionResolution;
import io.cashpost.exceptionqueue.Resolution;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.cashpost.posting.LedgerFixture.unidentified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two postings against one invoice at the same moment, in parallel threads and
 * transactions: one gets it, the other finds it changed. Never overdrawn.
 */
@CashpostIntegrationTest
class ConcurrentPostingIntegrationTests {

	@Autowired
	CashPosting posting;

	@Autowired
	Ledger ledger;

	@Autowired
	ExceptionResolution resolution;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture fixture;

	final ExecutorService threads = Executors.newFixedThreadPool(2);

	final CyclicBarrier together = new CyclicBarrier(2);

	@BeforeEach
	void invoices() {
		TestDatabase.clear(this.jdbc);
		this.fixture = new LedgerFixture(this.jdbc, this.staged);
		this.fixture.importInvoices(this.invoiceImport, this.dir);
	}

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@RepeatedTest(5)
	void twoJobsPostingToTheSameInvoiceNeverOverdrawIt() throws Exception {
		this.fixture.ingested("s1.xml", LedgerFixture.credit("S1", 1, "700.00").build(),
				LedgerFixture.credit("S1", 2, "700.00").build());
		List<Long> transactions = this.jdbc.sql("select transaction_id from bank_transaction order by 1")
			.query(Long.class)
			.list();

		List<PostingOutcome> outcomes = inParallel(() -> postTogether(transactions.get(0)),
				() -> postTogether(transactions.get(1)));

		assertThat(outcomes).filteredOn(PostingOutcome.Posted.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(PostingOutcome.InvoiceChanged.class::isInstance).hasSize(1);
		assertThat(this.fixture.openAmount("INV-A")).isEqualByComparingTo("300.00");
		assertThat(this.fixture.count("select count(*) from allocation")).isOne();
	}

	@RepeatedTest(5)
	void aJobAndAPersonResolvingAgainstTheSameInvoiceNeverOverdrawIt() throws Exception {
		this.fixture.ingested("s1.xml", unidentified("S1", 1, "700.00"));
		this.pipeline.matchAndPost();
		this.fixture.ingested("s2.xml", LedgerFixture.credit("S2", 1, "700.00").build());
		long exception = this.fixture.exceptionOf("S1-1");
		long transaction = this.jdbc.sql("select transaction_id from bank_transaction where entry_ref = 'S2-1'")
			.query(Long.class)
			.single();

		List<String> outcomes = inParallel(() -> postTogether(transaction).getClass().getSimpleName(), () -> {
			this.together.await(10, TimeUnit.SECONDS);
			try {
				this.resolution.resolve(exception, new Resolution.Assign(Map.of("INV-A", new BigDecimal("700.00"))),
						"alice");
				return "Resolved";
			}
			catch (ResolutionRefusedException ex) {
				return "Refused";
			}
		});

		assertThat(List.of(List.of("Posted", "Refused"), List.of("InvoiceChanged", "Resolved")))
			.as("one of them got the invoice")
			.contains(outcomes);
		assertThat(this.fixture.openAmount("INV-A")).isEqualByComparingTo("300.00");
		assertThat(this.jdbc.sql("select sum(applied_amount) from allocation where invoice_id is not null")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("700.00");
	}

	/** Posts 700 to INV-A in a transaction of its own, once both threads are ready. */
	private PostingOutcome postTogether(long transactionId) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> {
			awaitTheOther();
			return this.ledger.post(this.posting.applied(autoPost(transactionId), Instant.now()));
		});
	}

	private AutoPost autoPost(long transactionId) {
		long invoiceId = this.jdbc.sql("select invoice_id from invoice where invoice_number = 'INV-A'")
			.query(Long.class)
			.single();
		Money amount = Money.of("700.00", "EUR");
		Money zero = Money.zero(amount.currency());
		Payment payment = new Payment(transactionId,
				this.jdbc.sql("select source_key from bank_transaction where transaction_id = :id")
					.param("id", transactionId)
					.query(String.class)
					.single(),
				LedgerFixture.ACCOUNT, amount, LocalDate.of(2026, 11, 20), EntryStatus.BOOKED, false, "Payer", null,
				RemittanceInfo.NONE);
		return new AutoPost(payment,
				List.of(new ProposedAllocation(invoiceId, "INV-A", "C-1", amount, zero, zero, "short_payment")), zero,
				null, "test", 1.0, "both at once");
	}

	private void awaitTheOther() {
		try {
			this.together.await(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SafeVarargs
	private <T> List<T> inParallel(Callable<T>... tasks) throws Exception {
		List<Future<T>> futures = new ArrayList<>();
		for (Callable<T> task : tasks) {
			futures.add(this.threads.submit(task));
		}
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get(30, TimeUnit.SECONDS));
		}
		return results;
	}

}
