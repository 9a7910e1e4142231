package io.cashpost.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class ImportInvoicesCommandIntegrationTests {

	@Autowired
	CommandDispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void importsTheSampleFileAndSaysWhatChangedInOneLine() {
		assertThat(run("sample-files/invoices.csv")).isZero();
		assertThat(text(this.out))
			.isEqualTo("invoices.csv: 11 customers, 43 invoices created, 0 updated, 0 kept, 0 unchanged\n");
		assertThat(text(this.err)).isEmpty();
		this.out.reset();
		assertThat(run("sample-files/invoices.csv")).isZero();
		assertThat(text(this.out))
			.isEqualTo("invoices.csv: 11 customers, 0 invoices created, 0 updated, 0 kept, 43 unchanged\n");
	}

	@Test
	void withoutExactlyOneFileItIsAUsageError() {
		assertThat(run()).isEqualTo(CashpostCommandLine.USAGE);
		assertThat(text(this.err)).isEqualTo("cashpost import-invoices: usage: import-invoices FILE.csv\n");
		assertThat(run("a.csv", "b.csv")).isEqualTo(CashpostCommandLine.USAGE);
	}

	@Test
	void aMissingFileFailsInOneLine() {
		Path missing = this.dir.resolve("nowhere.csv");
		assertThat(run(missing.toString())).isEqualTo(CashpostCommandLine.FAILED);
		assertThat(text(this.err)).isEqualTo("cashpost import-invoices: " + missing + ": no such file\n");
		assertThat(text(this.out)).isEmpty();
	}

	@Test
	void aBadRowFailsInOneLineNamingTheFileAndLine() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("erp.csv"), """
				invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date
				A-1,C-1,Acme,EUR,10.00,2026-09-01,2026-09-30
				A-2,C-1,Acme,EUR,1.234,56,2026-09-01,2026-09-30
				A-3,C-1,Acme,EUR,0,2026-09-01,2026-09-30
				""");
		assertThat(run(csv.toString())).isEqualTo(CashpostCommandLine.FAILED);
		assertThat(text(this.err))
			.isEqualTo("cashpost import-invoices: erp.csv line 3: 8 fields where the header has 7 "
					+ "(quote a value that holds a comma) (and 1 more problem)\n");
		assertThat(this.jdbc.sql("select count(*) from invoice").query(Integer.class).single()).isZero();
	}

	private int run(String... args) {
		return this.dispatcher.dispatch("import-invoices", List.of(args), new PrintStream(this.out, true),
				new PrintStream(this.err, true));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}

}
