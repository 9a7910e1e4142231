package io.cashpost.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.Payment;
import io.cashpost.matching.ProposedAllocation;
import io.cashpost.matching.Suggestion;
import io.cashpost.money.Money;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.LedgerFixture;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The chunked posting path writes exactly the ledger that posting one payment at a time
 * wrote (the way Cashpost posted before, {@link PostingOneAtATime}), on the same
 * decisions: the same allocations, journal, exceptions, statuses and open amounts. The
 * decisions are made so that chunks are hard on it: several payments of a chunk reach the
 * same invoice for more than it has open, the same money arrives twice in one chunk and
 * across chunks, chunk borders cut through all of it.
 */
@CashpostIntegrationTest
class ChunkedPostingEquivalenceIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-21T06:00:00Z");

	private static final int INVOICES = 120;

	private static final int PAYMENTS = 500;

	@Autowired
	DecisionWriter writer;

	@Autowired
	CashPosting cash;

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

	final ExecutorService threads = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void chunkedPostingWritesWhatPostingOnePaymentAtATimeWrote() {
		Ledger oneAtATime = postOneAtATime(42);

		List<MatchDecision> decisions = scenario(42);
		for (List<MatchDecision> chunk : chunks(decisions, 37)) {
			inTransaction(() -> this.writer.write(new Chunk<>(chunk)));
		}

		Ledger chunked = Ledger.of(this.jdbc);
		assertThat(chunked).isEqualTo(oneAtATime);
		assertThatTheScenarioIsHardOnChunks(chunked);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
	}

	@Test
	void aChunkThatFailsIsRolledBackWholeAndItsRetryPostsEachPaymentOnce() {
		Ledger oneAtATime = postOneAtATime(7);

		List<MatchDecision> decisions = scenario(7);
		for (List<MatchDecision> chunk : chunks(decisions, 50)) {
			assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
				this.writer.write(new Chunk<>(chunk));
				throw new IllegalStateException("the chunk's commit fails");
			}));
			inTransaction(() -> this.writer.write(new Chunk<>(chunk)));
			// written again after it committed (a step restarted from before the commit)
			inTransaction(() -> this.writer.write(new Chunk<>(chunk)));
		}

		assertThat(Ledger.of(this.jdbc)).isEqualTo(oneAtATime);
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
	}

	@RepeatedTest(3)
	void twoPartitionsRacingForOneInvoiceNeverOverdrawIt() throws Exception {
		List<MatchDecision> decisions = scenario(99);
		// the scenario's payments go round robin to two partitions, whatever customer
		// they pay: every invoice is raced for
		List<MatchDecision> first = new ArrayList<>();
		List<MatchDecision> second = new ArrayList<>();
		for (int i = 0; i < decisions.size(); i++) {
			((i % 2 == 0) ? first : second).add(decisions.get(i));
		}
		CyclicBarrier together = new CyclicBarrier(2);
		Future<?> one = this.threads.submit(() -> writeInChunks(first, together));
		Future<?> other = this.threads.submit(() -> writeInChunks(second, together));
		one.get(60, TimeUnit.SECONDS);
		other.get(60, TimeUnit.SECONDS);

		Ledger raced = Ledger.of(this.jdbc);
		assertThat(raced.statuses()).noneMatch((status) -> status.endsWith("=new"));
		assertThat(LedgerFixture.verify(this.jdbc).disagreements()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from invoice where open_amount < 0").query(Integer.class).single())
			.isZero();
		assertThat(raced.exceptions()).anyMatch((exception) -> exception.contains("invoice_settled"));
	}

	private Void writeInChunks(List<MatchDecision> decisions, CyclicBarrier together) throws Exception {
		for (List<MatchDecision> chunk : chunks(decisions, 25)) {
			together.await(30, TimeUnit.SECONDS);
			inTransaction(() -> this.writer.write(new Chunk<>(chunk)));
		}
		return null;
	}

	private Ledger postOneAtATime(long seed) {
		PostingOneAtATime reference = new PostingOneAtATime(this.jdbc, this.cash);
		for (MatchDecision decision : scenario(seed)) {
			inTransaction(() -> reference.carryOut(decision, NOW));
		}
		return Ledger.of(this.jdbc);
	}

	private static void assertThatTheScenarioIsHardOnChunks(Ledger ledger) {
		assertThat(ledger.exceptions()).as("refused for a changed invoice")
			.filteredOn((exception) -> exception.contains("invoice_settled"))
			.hasSizeGreaterThan(10);
		assertThat(ledger.exceptions()).as("the same money twice")
			.filteredOn((exception) -> exception.contains("duplicate"))
			.hasSizeGreaterThan(10);
		assertThat(ledger.allocations()).as("posted").hasSizeGreaterThan(40);
		assertThat(ledger.allocations()).as("on account")
			.filteredOn((allocation) -> allocation.contains("overpayment"))
			.isNotEmpty();
		assertThat(ledger.statuses()).as("every kind of outcome")
			.anyMatch((status) -> status.endsWith("=not_receivable"))
			.anyMatch((status) -> status.endsWith("=not_booked"));
	}

	/**
	 * A fresh ledger with invoices and staged payments, and decisions about the payments
	 * taken on the invoices' amounts as imported (so that later ones find them changed).
	 */
	private List<MatchDecision> scenario(long seed) {
		TestDatabase.clear(this.jdbc);
		Random random = new Random(seed);
		List<String[]> invoices = importInvoices(random);
		stagePayments(random);
		List<Payment> payments = stagedPayments();
		List<MatchDecision> decisions = new ArrayList<>();
		Map<String, MatchDecision> bySourceKey = new HashMap<>();
		for (Payment payment : payments) {
			MatchDecision earlier = bySourceKey.get(payment.sourceKey());
			MatchDecision decision = (earlier != null) ? sameAs(earlier, payment) : decide(payment, invoices, random);
			bySourceKey.putIfAbsent(payment.sourceKey(), decision);
			decisions.add(decision);
		}
		return decisions;
	}

	private List<String[]> importInvoices(Random random) {
		StringBuilder csv = new StringBuilder(
				"invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date\n");
		List<String[]> invoices = new ArrayList<>();
		for (int i = 0; i < INVOICES; i++) {
			String customer = "C-" + (i % 30);
			String amount = BigDecimal.valueOf(10_000 + random.nextInt(490_000), 2).toPlainString();
			invoices.add(new String[] { "INV-" + i, customer, amount });
			csv.append("INV-%d,%s,Customer %s,EUR,%s,2026-10-01,2026-10-31\n".formatted(i, customer, customer, amount));
		}
		try {
			this.invoiceImport.importFile(Files.writeString(this.dir.resolve("invoices-" + random.nextInt()), csv));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return invoices;
	}

	/** Payments over two files; one in eight repeats an earlier one's bank reference. */
	private void stagePayments(Random random) {
		LedgerFixture fixture = new LedgerFixture(this.jdbc, this.staged);
		List<BankTransaction> first = new ArrayList<>();
		List<BankTransaction> second = new ArrayList<>();
		for (int i = 1; i <= PAYMENTS; i++) {
			boolean again = i > 20 && random.nextInt(8) == 0;
			String reference = again ? "S1-" + (1 + random.nextInt(i - 1)) : "S1-" + i;
			boolean debit = random.nextInt(20) == 0;
			String amount = (debit ? "-" : "") + BigDecimal.valueOf(1_000 + random.nextInt(600_000), 2).toPlainString();
			BankTransaction.Builder entry = LedgerFixture.credit("S1", i, amount)
				.entryRef(reference)
				.debtorName("Payer " + i)
				.remittance(RemittanceInfo.NONE);
			if (random.nextInt(25) == 0) {
				entry.status(EntryStatus.PENDING);
			}
			((i % 2 == 0) ? second : first).add(entry.build());
		}
		fixture.ingested("s1.xml", first.toArray(BankTransaction[]::new));
		fixture.ingested("s2.xml", second.toArray(BankTransaction[]::new));
	}

	private List<Payment> stagedPayments() {
		return this.jdbc.sql("""
				select transaction_id, source_key, amount, entry_status from bank_transaction order by entry_index
				""")
			.query((rs, row) -> new Payment(rs.getLong("transaction_id"), rs.getString("source_key"),
					LedgerFixture.ACCOUNT, Money.of(rs.getBigDecimal("amount"), "EUR"), LocalDate.of(2026, 11, 20),
					EntryStatus.valueOf(rs.getString("entry_status")), false, "Payer", null, RemittanceInfo.NONE))
			.list();
	}

	private MatchDecision decide(Payment payment, List<String[]> invoices, Random random) {
		int kind = random.nextInt(10);
		if (!payment.status().isBooked()) {
			return new NotBooked(payment);
		}
		if (!payment.isReceipt()) {
			return (kind < 5) ? new NotReceivable(payment, "outgoing_payment")
					: new Refer(payment, ExceptionReason.UNKNOWN_PAYER, "money out", List.of());
		}
		if (kind < 6) {
			return autoPost(payment, invoices, random);
		}
		if (kind < 8) {
			return new Refer(payment, ExceptionReason.UNKNOWN_PAYER, "nobody known",
					List.of(new Suggestion("INV-1", "C-1", Money.of("10.00", "EUR"), 0.5, "a guess")));
		}
		return new NotReceivable(payment, "internal_transfer");
	}

	/**
	 * The same money delivered again is decided as it was the first time: the same
	 * amount, the same decision.
	 */
	private MatchDecision sameAs(MatchDecision earlier, Payment payment) {
		Payment again = resized(payment, earlier.payment().amount(), earlier.payment().status());
		if (earlier instanceof AutoPost post) {
			return new AutoPost(again, post.allocations(), post.onAccount(), post.onAccountCustomerId(), post.rule(),
					post.confidence(), post.evidence());
		}
		if (earlier instanceof Refer refer) {
			return new Refer(again, refer.reason(), refer.detail(), refer.suggestions());
		}
		if (earlier instanceof NotReceivable notReceivable) {
			return new NotReceivable(again, notReceivable.classification());
		}
		return new NotBooked(again);
	}

	private Payment resized(Payment payment, Money amount, EntryStatus status) {
		this.jdbc.sql("update bank_transaction set amount = :amount, entry_status = :status where transaction_id = :id")
			.param("amount", amount.amount())
			.param("status", status.name())
			.param("id", payment.transactionId())
			.update();
		return new Payment(payment.transactionId(), payment.sourceKey(), payment.bankAccount(), amount,
				payment.valueDate(), status, false, payment.debtorName(), null, RemittanceInfo.NONE);
	}

	/**
	 * Pays one or two invoices of a customer drawn from a small few, as if each were
	 * still fully open: a full settlement, a short payment, a write-off, a discount, or
	 * more than the invoices with the rest on account.
	 */
	private AutoPost autoPost(Payment payment, List<String[]> invoices, Random random) {
		int customer = random.nextInt(30);
		List<String[]> own = invoices.stream().filter((invoice) -> invoice[1].equals("C-" + customer)).toList();
		Money zero = Money.zero(payment.amount().currency());
		List<ProposedAllocation> allocations = new ArrayList<>();
		Money paid = zero;
		for (String[] invoice : own.subList(0, 1 + random.nextInt(2))) {
			Money open = Money.of(invoice[2], "EUR");
			int way = random.nextInt(5);
			Money writeOff = (way == 1) ? Money.of("0.50", "EUR") : zero;
			Money discount = (way == 2)
					? new Money(open.amount().multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP),
							open.currency())
					: zero;
			Money applied = (way == 3)
					? new Money(open.amount().divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN), open.currency())
					: open.minus(writeOff).minus(discount);
			allocations.add(new ProposedAllocation(invoiceId(invoice[0]), invoice[0], invoice[1], applied, discount,
					writeOff, (way == 0 || way == 4) ? null : "reason_" + way));
			paid = paid.plus(applied);
		}
		Money onAccount = (random.nextInt(4) == 0) ? Money.of("25.00", "EUR") : zero;
		Payment sized = resized(payment, paid.plus(onAccount), payment.status());
		return new AutoPost(sized, allocations, onAccount, onAccount.isZero() ? null : "C-" + customer, "test_rule",
				0.9, "seen in the test");
	}

	private long invoiceId(String number) {
		return this.jdbc.sql("select invoice_id from invoice where invoice_number = :number")
			.param("number", number)
			.query(Long.class)
			.single();
	}

	private static <T> List<List<T>> chunks(List<T> items, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < items.size(); from += size) {
			chunks.add(items.subList(from, Math.min(items.size(), from + size)));
		}
		return chunks;
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> work.run());
	}

	/**
	 * What a ledger holds, in terms that do not depend on the ids it gave: each payment
	 * by its file and bank reference, each invoice by its number.
	 */
	record Ledger(List<String> allocations, List<String> journal, List<String> accounts, List<String> exceptions,
			List<String> statuses, List<String> invoices) {

		private static final String PAYMENT = "f.file_name || '/' || t.entry_index";

		static Ledger of(JdbcClient jdbc) {
			return new Ledger(
					rows(jdbc,
							"""
									select %s || ' ' || coalesce(i.invoice_number, '-') || ' ' || a.customer_id || ' ' || a.applied_amount
									       || ' ' || a.discount_amount || ' ' || a.write_off_amount || ' ' || coalesce(a.reason_code, '-')
									       || ' ' || a.rule || ' ' || a.status
									  from allocation a
									  join bank_transaction t on t.transaction_id = a.bank_transaction_id
									  join statement_file f on f.file_id = t.file_id
									  left join invoice i on i.invoice_id = a.invoice_id
									"""
								.formatted(PAYMENT)),
					rows(jdbc,
							"""
									select e.posting_key || ' ' || e.kind || ' ' || %s || ' ' || count(*) || ' lines ' || sum(l.debit)
									  from journal_entry e
									  join journal_line l on l.journal_entry_id = e.journal_entry_id
									  join bank_transaction t on t.transaction_id = e.bank_transaction_id
									  join statement_file f on f.file_id = t.file_id
									 group by e.journal_entry_id, f.file_name, t.entry_index
									"""
								.formatted(PAYMENT)),
					rows(jdbc,
							"""
									select account_code || ' ' || sum(debit) || ' ' || sum(credit) from journal_line group by account_code
									"""),
					rows(jdbc, """
							select %s || ' ' || e.reason || ' ' || (e.suspense_entry_id is not null)
							  from exception_item e
							  join bank_transaction t on t.transaction_id = e.bank_transaction_id
							  join statement_file f on f.file_id = t.file_id
							""".formatted(PAYMENT)),
					rows(jdbc,
							"""
									select %s || '=' || t.match_status from bank_transaction t join statement_file f on f.file_id = t.file_id
									"""
								.formatted(PAYMENT)),
					rows(jdbc, """
							select invoice_number || ' ' || open_amount from invoice
							"""));
		}

		private static List<String> rows(JdbcClient jdbc, String sql) {
			return jdbc.sql(sql + " order by 1").query(String.class).list();
		}

	}

}
