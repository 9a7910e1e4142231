package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class VerifyLedgerCommandIntegrationTests {

	@Autowired
	CommandDispatcher commands;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void theDemo() {
		TestDatabase.clear(this.jdbc);
		assertThat(run("demo", "sample-files")).as(this.err.toString(StandardCharsets.UTF_8)).isZero();
		this.out.reset();
	}

	@Test
	void theLedgerAgreesAfterTheDemo() {
		int exit = run("verify-ledger");

		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("ledger agrees\n")
			.contains("  journal: ")
			.contains("  cash DE75512108001245126199 EUR: ")
			.contains("  suspense: EUR ");
	}

	@Test
	void exitsOneWithALinePerDisagreement() {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.jdbc.sql("update invoice set open_amount = open_amount + 1 where payment_status = 'paid'").update();
		});
		long paid = this.jdbc.sql("select count(*) from invoice where open_amount = 1").query(Long.class).single();

		int exit = run("verify-ledger");

		assertThat(exit).isOne();
		List<String> lines = this.err.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize((int) paid)
			.allSatisfy((line) -> assertThat(line).matches("cashpost verify-ledger: invoice \\S+: open 1.00, .*"));
	}

	@Test
	void takesNoArguments() {
		assertThat(run("verify-ledger", "now")).isEqualTo(2);
	}

	private int run(String command, String... args) {
		return this.commands.dispatch(command, List.of(args), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
