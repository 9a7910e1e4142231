package io.cashpost.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.CashpostIntegrationTest;
import io.cashpost.TestDatabase;
import io.cashpost.intake.ReceivedFile;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.intake.StatementIntake;
import io.cashpost.matching.Payment;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceLine;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured remittance a reader found reaches matching: staged with the transaction,
 * read back into the payment.
 */
@CashpostIntegrationTest
class PendingPaymentReaderIntegrationTests {

	private static final Path REMITTANCE = Path
		.of("sample-files/camt053/remittance-12-invoices-2026-12-01.camt053.001.08.xml");

	@Autowired
	StatementIntake intake;

	@Autowired
	StagedTransactions staged;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void clear() {
		TestDatabase.clear(this.jdbc);
	}

	@Test
	void aPaymentCarriesItsRemittanceLines() throws IOException {
		ReceivedFile file = this.intake.receive(Files.copy(REMITTANCE, this.dir.resolve(REMITTANCE.getFileName())));
		List<StatementPart> parts = read(file.archived());
		this.staged.stage(file.fileId(), parts);
		this.intake.markIngested(file.fileId(), StatementFiles.detect(file.archived()));

		Payment payment = new PendingPaymentReader(this.jdbc, 10, (page) -> {
		}).read();

		BankTransaction transaction = (BankTransaction) parts.get(0);
		assertThat(payment.remittance()).isEqualTo(new RemittanceInfo(List.of(transaction.remittance().text()),
				transaction.remittance().creditorReference(), transaction.remittance().referredDocuments(),
				transaction.remittance().lines()));
		List<RemittanceLine> lines = payment.remittance().lines();
		assertThat(lines).hasSize(13);
		assertThat(lines.get(5).documentNumber()).isEqualTo("INV-2026-2106");
		assertThat(lines.get(5).remitted().toPlainString()).isEqualTo("32915.00");
		Adjustment deduction = lines.get(5).adjustments().get(0);
		assertThat(deduction.direction()).isEqualTo(Adjustment.Direction.DECREASE);
		assertThat(deduction.reasonCode()).isEqualTo("DAMG");
		assertThat(lines.get(12).documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
		assertThat(lines.get(12).creditNote().toPlainString()).isEqualTo("1250.00");
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
