package io.cashpost.exceptionqueue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.StatementPipeline;
import io.cashpost.posting.LedgerFixture;
import io.cashpost.posting.LedgerVerification;
import io.cashpost.posting.ResolutionRefusedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cashpost.posting.LedgerFixture.paying;
import static io.cashpost.posting.LedgerFixture.unidentified;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@CashpostIntegrationTest
class ExceptionResolutionIntegrationTests {

	@Autowired
	ExceptionResolution resolution;

	@Autowired
	StatementPipeline pipeline;

	@Autowired
	InvoiceImport invoiceImport;

	@Autowired
	StagedTransactions staged;

	@Autowired
	LedgerVerification verification;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	LedgerFixture ledger;

	@BeforeEach
	void unplacedReceipts() {
		TestDatabase.clear(this.jdbc);
		this.ledger = new LedgerFixture(this.jdbc, this.staged);
		this.ledger.importInvoices(this.invoiceImport, this.dir);
		this.ledger.ingested("s1.xml", unidentified("S1", 1, "1200.00"), unidentified("S1", 2, "77.00"));
		this.pipeline.matchAndPost();
	}

	@Test
	void assignsToInvoicesPutsTheRestOnTheirCustomersAccountAndRecordsWhoAndWhen() {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		amounts.put("INV-A", new BigDecimal("1000.00"));
		amounts.put("INV-C", new BigDecimal("150.00"));

		Resolved resolved = this.resolution.resolve(this.ledger.exceptionOf("S1-1"), new Resolution.Assign(amounts),
				"alice");

		assertThat(resolved.journalEntryId()).isNotNull();
		assertThat(this.ledger.openAmount("INV-A")).isEqualByComparingTo("0");
		assertThat(this.ledger.openAmount("INV-C")).isEqualByComparingTo("850.00");
		assertThat(this.ledger.paymentStatus("INV-C")).isEqualTo("partially_paid");
		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("-77.00");
		assertThat(this.jdbc.sql("""
				select string_agg(coalesce(i.invoice_number, 'on account ' || a.customer_id) || '=' || a.applied_amount,
				                  ' ' order by a.allocation_id)
				  from allocation a left join invoice i using (invoice_id)
				""").query(String.class).single()).isEqualTo("INV-A=1000.0000 INV-C=150.0000 on account C-1=50.0000");
		assertThat(this.jdbc
			.sql("""
					select resolved_by || ' ' || kind || ' ' || (journal_entry_id is not null) || ' ' || (resolved_at = :now)
					  from exception_resolution
					""")
			.param("now", java.sql.Timestamp.from(resolved.resolvedAt()))
			.query(String.class)
			.single()).isEqualTo("alice assign true true");
		assertThat(this.jdbc.sql("select posting_key from journal_entry where kind = 'resolution'")
			.query(String.class)
			.single()).isEqualTo("resolution:" + resolved.resolutionId());
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void neverOverdrawsAnInvoiceAndPostsNothingWhenRefused() {
		long exception = this.ledger.exceptionOf("S1-1");

		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception,
					new Resolution.Assign(Map.of("INV-B", new BigDecimal("600.00"))), "alice"))
			.withMessage("INV-B has only EUR 500.00 open, EUR 600.00 was assigned");

		assertThat(this.ledger.openAmount("INV-B")).isEqualByComparingTo("500.00");
		assertThat(this.ledger.count("select count(*) from exception_resolution")).isZero();
		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'resolution'")).isZero();
	}

	@Test
	void refusesMoreThanIsInSuspenseUnknownInvoicesAndMixedCustomersRests() {
		long exception = this.ledger.exceptionOf("S1-2");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception,
					new Resolution.Assign(Map.of("INV-B", new BigDecimal("80.00"))), "alice"))
			.withMessage("the invoices take EUR 80.00, but only EUR 77.00 is in suspense");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception,
					new Resolution.Assign(Map.of("INV-X", new BigDecimal("7.00"))), "alice"))
			.withMessage("no invoice INV-X");
		Map<String, BigDecimal> twoCustomers = new LinkedHashMap<>();
		twoCustomers.put("INV-A", new BigDecimal("10.00"));
		twoCustomers.put("INV-B", new BigDecimal("10.00"));
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception, new Resolution.Assign(twoCustomers), "alice"))
			.withMessageStartingWith("EUR 57.00 is left, and the invoices belong to several customers");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception,
					new Resolution.Assign(Map.of("INV-D", new BigDecimal("7.00"))), "alice"))
			.withMessage("INV-D is in CHF, the money in EUR");
		assertThat(this.ledger.count("select count(*) from exception_resolution")).isZero();
	}

	@Test
	void resolvesOnceOnly() {
		long exception = this.ledger.exceptionOf("S1-2");
		this.resolution.resolve(exception, new Resolution.OnAccount("C-2"), "alice");

		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception, new Resolution.Refund(), "bob"))
			.withMessageStartingWith("exception " + exception + " is resolved already (on_account by alice at ");

		assertThat(this.ledger.count("select count(*) from journal_entry where kind = 'resolution'")).isOne();
		assertThat(this.ledger.balance("1490")).isEqualByComparingTo("-77.00");
	}

	@Test
	void onAccountNonReceivableAndRefundEachMoveTheMoneyOutOfSuspense() {
		this.ledger.ingested("s2.xml", unidentified("S2", 1, "10.00"));
		this.pipeline.matchAndPost();

		this.resolution.resolve(this.ledger.exceptionOf("S1-1"), new Resolution.NonReceivable("8400"), "alice");
		this.resolution.resolve(this.ledger.exceptionOf("S1-2"), new Resolution.Refund(), "alice");
		this.resolution.resolve(this.ledger.exceptionOf("S2-1"), new Resolution.OnAccount("C-3"), "alice");

		assertThat(this.ledger.balance("1590")).isEqualByComparingTo("0");
		assertThat(this.ledger.balance("8400")).isEqualByComparingTo("-1200.00");
		assertThat(this.ledger.balance("1790")).isEqualByComparingTo("-77.00");
		assertThat(this.ledger.balance("1490")).isEqualByComparingTo("-10.00");
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void refusesAccountsCashpostKeepsAndCustomersItDoesNotKnow() {
		long exception = this.ledger.exceptionOf("S1-2");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception, new Resolution.NonReceivable("1590"), "alice"))
			.withMessageStartingWith("1590 is kept by Cashpost itself");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(exception, new Resolution.OnAccount("C-99"), "alice"))
			.withMessage("no customer C-99");
	}

	@Test
	void aDuplicateHoldsNoMoneyAndCanOnlyBeDismissed() {
		this.ledger.ingested("s1-again.xml", paying("S1", 2, "77.00", null));
		this.pipeline.matchAndPost();
		long duplicate = this.jdbc.sql("select exception_id from exception_item where reason = 'duplicate'")
			.query(Long.class)
			.single();

		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(duplicate, new Resolution.Refund(), "alice"))
			.withMessage("exception " + duplicate + " (duplicate) holds no money in suspense: dismiss it");
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(
					() -> this.resolution.resolve(this.ledger.exceptionOf("S1-2"), new Resolution.Dismiss(), "alice"))
			.withMessageContaining("holds EUR 77.00 in suspense");
		Resolved dismissed = this.resolution.resolve(duplicate, new Resolution.Dismiss(), "alice");

		assertThat(dismissed.journalEntryId()).isNull();
		assertThat(this.verification.verify().disagreements()).isEmpty();
	}

	@Test
	void anUnknownExceptionIsRefused() {
		assertThatExceptionOfType(ResolutionRefusedException.class)
			.isThrownBy(() -> this.resolution.resolve(999_999, new Resolution.Refund(), "alice"))
			.withMessage("no exception 999999");
	}

}
