package io.cashpost.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.RemittanceJson;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@CashpostIntegrationTest
class StagedTransactionsIntegrationTests {

	private static final Path NO_STATUS = Path.of("sample-files/camt053/no-entry-status-2026-11-29.camt053.001.08.xml");

	private static final Path REMITTANCE = Path
		.of("sample-files/camt053/remittance-12-invoices-2026-12-01.camt053.001.08.xml");

	@Autowired
	StatementIntake intake;

	@Autowired
	StagedTransactions staged;

	@Autowired
	ReceivedFiles files;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void warningsAreKeptWithTheFileOnceWhateverHowOftenAChunkIsWritten() throws IOException {
		ReceivedFile file = this.intake.receive(copy(NO_STATUS));
		List<StatementPart> parts = read(file.archived());

		this.staged.stage(file.fileId(), parts);
		// a chunk written again after a crash
		this.staged.stage(file.fileId(), parts);

		assertThat(this.jdbc.sql("select jsonb_array_length(warnings) from statement_file where file_id = :id")
			.param("id", file.fileId())
			.query(Integer.class)
			.single()).isEqualTo(1);
		FileRecord record = this.files.recent(null, 10).get(0);
		assertThat(record.warnings())
			.containsExactly("entry 1 (line 49): the entry has no status (Sts): read as booked "
					+ "(BOOK), as a camt.053 statement reports booked entries (and 2 more like it in this statement)");
		assertThat(this.jdbc.sql("select count(*) from bank_transaction where entry_status = 'BOOKED'")
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aFileWithoutWarningsHasNone() throws IOException {
		ReceivedFile file = this.intake.receive(copy(REMITTANCE));
		this.staged.stage(file.fileId(), read(file.archived()));
		assertThat(this.files.recent(null, 10).get(0).warnings()).isEmpty();
	}

	@Test
	void structuredRemittanceIsStagedWithItsTransaction() throws IOException {
		ReceivedFile file = this.intake.receive(copy(REMITTANCE));
		List<StatementPart> parts = read(file.archived());

		this.staged.stage(file.fileId(), parts);

		BankTransaction payment = (BankTransaction) parts.get(0);
		String stored = this.jdbc.sql("select remittance_lines::text from bank_transaction where entry_ref = :ref")
			.param("ref", payment.entryRef())
			.query(String.class)
			.single();
		assertThat(RemittanceJson.read(stored)).isEqualTo(payment.remittance().lines()).hasSize(13);
		assertThat(this.jdbc.sql("""
				select l -> 'adjustments' -> 0 ->> 'reason_code'
				  from bank_transaction, jsonb_array_elements(remittance_lines) l
				 where jsonb_array_length(l -> 'adjustments') > 0
				""").query(String.class).list()).containsExactly("DAMG");
		assertThat(this.jdbc
			.sql("select remittance_lines is null from bank_transaction where entry_ref = 'PBK2612010004418'")
			.query(Boolean.class)
			.single()).as("a fee without structured remittance").isTrue();
	}

	private Path copy(Path sample) throws IOException {
		return Files.copy(sample, this.dir.resolve(sample.getFileName()));
	}

	private static List<StatementPart> read(Path file) {
		List<StatementPart> parts = new ArrayList<>();
		try (StatementReader reader = StatementFiles.open(file)) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
		}
		return parts;
	}

}
