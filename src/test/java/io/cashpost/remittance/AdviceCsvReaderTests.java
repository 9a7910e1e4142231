package io.cashpost.remittance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.RemittanceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdviceCsvReaderTests {

	private static final String HEADER = "advice_id,payer_name,payer_account,payment_reference,end_to_end_id,"
			+ "payment_date,advice_amount,currency,invoice_number,paid_amount,deduction_amount,deduction_reason_code,"
			+ "deduction_reason\n";

	@TempDir
	Path folder;

	@Test
	void readsTheSampleFileAdviceByAdvice() {
		Path sample = Path.of("sample-files/remittance-advice/advices-2026-11-27.csv");
		assertThat(AdviceFiles.isAdvice(sample)).isTrue();
		List<RemittanceAdvice> advices = AdviceFiles.read(sample, "advices-2026-11-27.csv");
		assertThat(advices).hasSize(2);
		RemittanceAdvice first = advices.get(0);
		assertThat(first.adviceKey()).isEqualTo("RA-88121");
		assertThat(first.firstLine()).isEqualTo(2);
		assertThat(first.lastLine()).isEqualTo(3);
		assertThat(first.endToEndId()).isEqualTo("E2E-VDB-1127");
		assertThat(first.paymentReference()).isNull();
		assertThat(first.payerAccount()).isEqualTo("NL91ABNA0417164300");
		assertThat(first.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(first.amount()).isEqualTo(Money.of("5900.50", "EUR"));
		assertThat(first.documentNumbers()).containsExactly("INV-2026-1002", "INV-2026-1012");
		AdviceLine deducted = advices.get(1).lines().get(0);
		assertThat(deducted.paid()).isEqualTo(Money.of("2099.99", "EUR"));
		assertThat(deducted.deduction()).isEqualTo(Money.of("100.00", "EUR"));
		assertThat(deducted.reasonCode()).isEqualTo("DMGD");
		assertThat(deducted.reasonText()).isEqualTo("two crates damaged in transit");
	}

	@Test
	void linesBecomeStructuredRemittanceMarkedAsFromTheAdvice() {
		List<RemittanceAdvice> advices = AdviceFiles
			.read(Path.of("sample-files/remittance-advice/advices-2026-11-27.csv"), "advices.csv");
		RemittanceLine line = advices.get(1).remittanceLines("remittance advice RA-88122").get(0);
		assertThat(line.documentNumber()).isEqualTo("INV-2026-1006");
		assertThat(line.documentType()).isEqualTo(DocumentType.INVOICE);
		assertThat(line.remitted()).isEqualTo(Money.of("2099.99", "EUR"));
		assertThat(line.duePayable()).isEqualTo(Money.of("2199.99", "EUR"));
		assertThat(line.adjustments()).singleElement().satisfies((adjustment) -> {
			assertThat(adjustment.amount()).isEqualTo(Money.of("100.00", "EUR"));
			assertThat(adjustment.reasonCode()).isEqualTo("DMGD");
		});
		assertThat(line.additionalText()).containsExactly("remittance advice RA-88122");
	}

	@Test
	void aCreditNoteReducesWhatTheLinesAddUpTo() throws IOException {
		Path file = write("document_type," + HEADER, """
				invoice,A1,Acme,,REF-1,,2026-11-20,900.00,EUR,INV-1,1000.00,,,
				credit_note,A1,Acme,,REF-1,,2026-11-20,900.00,EUR,CN-7,100.00,,,
				""");
		RemittanceAdvice advice = AdviceFiles.read(file, "net.csv").get(0);
		assertThat(advice.lines()).extracting(AdviceLine::documentType)
			.containsExactly(DocumentType.INVOICE, DocumentType.CREDIT_NOTE);
	}

	@Test
	void linesThatDoNotAddUpRefuseTheFileNamingTheLine() throws IOException {
		Path file = write(HEADER, """
				A1,Acme,,REF-1,,2026-11-20,1000.00,EUR,INV-1,600.00,,,
				A1,Acme,,REF-1,,2026-11-20,1000.00,EUR,INV-2,399.99,,,
				""");
		assertThatExceptionOfType(AdviceReadException.class).isThrownBy(() -> AdviceFiles.read(file, "short.csv"))
			.withMessage("short.csv, line 3: the lines of advice A1 (lines 2-3) pay EUR 999.99, the advice says "
					+ "EUR 1000.00 (difference EUR 0.01)");
	}

	@Test
	void aMissingColumnIsNamed() throws IOException {
		Path file = write("advice_id,payer_name,payment_date,advice_amount,currency,invoice_number,paid_amount\n",
				"A1,Acme,2026-11-20,10.00,EUR,INV-1,10.00\n");
		assertThatExceptionOfType(AdviceReadException.class).isThrownBy(() -> AdviceFiles.read(file, "cols.csv"))
			.withMessage("cols.csv, line 1: the header lacks the columns payer_account, payment_reference, "
					+ "end_to_end_id");
	}

	@Test
	void headerFieldsMustAgreeOnEveryRowOfAnAdvice() throws IOException {
		Path file = write(HEADER, """
				A1,Acme,,REF-1,,2026-11-20,1000.00,EUR,INV-1,600.00,,,
				A1,Acme,,REF-1,,2026-11-21,1000.00,EUR,INV-2,400.00,,,
				""");
		assertThatExceptionOfType(AdviceReadException.class).isThrownBy(() -> AdviceFiles.read(file, "dates.csv"))
			.withMessageStartingWith("dates.csv, line 3: payment_date '2026-11-21' differs from '2026-11-20'");
	}

	@Test
	void anAdviceSplitAcrossTheFileIsRefused() throws IOException {
		Path file = write(HEADER, """
				A1,Acme,,REF-1,,2026-11-20,10.00,EUR,INV-1,10.00,,,
				A2,Beta,,REF-2,,2026-11-20,20.00,EUR,INV-2,20.00,,,
				A1,Acme,,REF-1,,2026-11-20,10.00,EUR,INV-3,0.00,,,
				""");
		assertThatExceptionOfType(AdviceReadException.class).isThrownBy(() -> AdviceFiles.read(file, "split.csv"))
			.withMessageStartingWith("split.csv, line 4: advice A1 continues here after other advices");
	}

	@Test
	void badFieldsAreNamedWithTheirLine() throws IOException {
		assertRefused("A1,Acme,,REF-1,,2026-11-20,10.00,EUR,INV-1,10.001,,,\n",
				"x.csv, line 2: paid_amount 10.001 has more decimals than EUR has");
		assertRefused("A1,Acme,,REF-1,,2026-11-20,10.00,EUR,INV-1,ten,,,\n",
				"x.csv, line 2: paid_amount 'ten' is not an amount (write 1234.50)");
		assertRefused("A1,Acme,,REF-1,,20.11.2026,10.00,EUR,INV-1,10.00,,,\n",
				"x.csv, line 2: payment_date '20.11.2026' is not a date (write 2026-11-27)");
		assertRefused("A1,Acme,,REF-1,,2026-11-20,10.00,EURO,INV-1,10.00,,,\n",
				"x.csv, line 2: currency 'EURO' is not an ISO 4217 code");
		assertRefused("A1,,,,,2026-11-20,10.00,EUR,INV-1,10.00,,,\n",
				"x.csv, line 2: advice A1 names neither its payment (payment_reference, end_to_end_id) nor its payer "
						+ "(payer_name, payer_account): it cannot be linked");
		assertRefused("A1,Acme,,REF-1,,2026-11-20,10.00,EUR,,10.00,,,\n", "x.csv, line 2: invoice_number is empty");
	}

	@Test
	void aSemicolonSeparatedFileWithDecimalCommasAsSpreadsheetsWriteItIsRead() throws IOException {
		Path file = write(HEADER.replace(',', ';'), """
				A1;Acme GmbH;;REF-1;;2026-11-20;1.000,50;EUR;INV-1;600,5;;;
				A1;Acme GmbH;;REF-1;;2026-11-20;1.000,50;EUR;INV-2;400.00;;;
				""");
		assertThat(AdviceFiles.isAdvice(file)).isTrue();
		RemittanceAdvice advice = AdviceFiles.read(file, "semicolons.csv").get(0);
		assertThat(advice.amount()).isEqualTo(Money.of("1000.50", "EUR"));
		assertThat(advice.documentNumbers()).containsExactly("INV-1", "INV-2");
		Path ambiguous = write(HEADER.replace(',', ';'), "A1;Acme GmbH;;REF-1;;2026-11-20;1.000;EUR;INV-1;1.000;;;\n");
		assertThatExceptionOfType(AdviceReadException.class)
			.isThrownBy(() -> AdviceFiles.read(ambiguous, "thousands.csv"))
			.withMessage("thousands.csv, line 2: advice_amount 1.000 is ambiguous: thousands or decimals? "
					+ "(write 1000.00 or 1000,00)");
	}

	@Test
	void otherCsvFilesAreNoAdvices() throws IOException {
		assertThat(AdviceFiles.isAdvice(Path.of("sample-files/invoices.csv"))).isFalse();
		assertThat(AdviceFiles.isAdvice(write("\uFEFF\"advice_id\",\"invoice_number\",\"paid_amount\"\n", "")))
			.isTrue();
	}

	private void assertRefused(String row, String message) throws IOException {
		Path file = write(HEADER, row);
		assertThatExceptionOfType(AdviceReadException.class).isThrownBy(() -> AdviceFiles.read(file, "x.csv"))
			.withMessage(message);
	}

	private Path write(String header, String rows) throws IOException {
		Path file = Files.createTempFile(this.folder, "advice", ".csv");
		Files.writeString(file, header + rows);
		return file;
	}

}
