package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.cashpost.CashpostApplication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CashpostCommandLineTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void withoutACommandItPrintsUsageAndExitsWithBadUsage() {
		assertThat(run()).isEqualTo(2);
		assertThat(stdout()).contains("Usage:").contains("ingest FILE...");
	}

	@Test
	void helpPrintsUsageAndSucceeds() {
		assertThat(run("help")).isZero();
		assertThat(stdout()).contains("export allocations|exceptions|balances");
	}

	@Test
	void anUnknownCommandIsBadUsageWithOneLineOnStderr() {
		assertThat(run("post-everything")).isEqualTo(2);
		assertThat(stderr()).isEqualTo("cashpost: unknown command 'post-everything' (try: cashpost help)\n");
	}

	@Test
	void theDemoRefusesToWipeADatabaseServerItWasPointedAt() {
		assertThat(run("demo", "--spring.datasource.url=jdbc:postgresql://db/erp")).isEqualTo(2);
		assertThat(stderr()).contains("scratch database");
	}

	@Test
	void aWorkerRefusesADatabaseOfItsOwnBeforeStartingOne() {
		assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "SPRING_DATASOURCE_URL is set here");
		assertThat(run("worker")).isEqualTo(2);
		assertThat(stderr()).startsWith("cashpost worker: a worker works on the database of the JVMs that run the jobs")
			.contains("--spring.datasource.url=");
	}

	@Test
	void cashpostsOwnMessagesNameTheFileAndWinOverTheirCauses() {
		RuntimeException failure = new IllegalStateException("job failed",
				new io.cashpost.statement.StatementReadException("bank.xml", "entry 3 (line 40)", "no amount",
						new IllegalArgumentException("deep cause")));
		assertThat(Failures.rootMessage(failure)).isEqualTo("bank.xml, entry 3 (line 40): no amount");
		assertThat(Failures.rootMessage(new RuntimeException("wrapper", new IllegalArgumentException("root\nmore"))))
			.isEqualTo("root");
	}

	private int run(String... args) {
		return CashpostCommandLine.execute(CashpostApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
