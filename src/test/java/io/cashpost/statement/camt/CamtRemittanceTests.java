package io.cashpost.statement.camt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.Adjustment;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.DocumentType;
import io.cashpost.statement.ReferredDocument;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceLine;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The full structured remittance of an entry, as every version writes it. */
class CamtRemittanceTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void readsDocumentsAmountsAndAdjustmentsAsProwideDoes(String version) throws IOException {
		Path file = statement(version,
				"""
						<RmtInf><Ustrd>Avis 4711</Ustrd><Ustrd>2 Rechnungen, 1 Gutschrift</Ustrd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>INV-1</Nb><RltdDt>2026-10-01</RltdDt></RfrdDocInf>
						    <RfrdDocAmt><DuePyblAmt Ccy="EUR">1000.00</DuePyblAmt>
						      <AdjstmntAmtAndRsn><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Rsn>DAMG</Rsn><AddtlInf>broken</AddtlInf></AdjstmntAmtAndRsn>
						      <RmtdAmt Ccy="EUR">900.00</RmtdAmt></RfrdDocAmt>
						    <AddtlRmtInf>see claim 77</AddtlRmtInf></Strd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>DEBN</Cd></CdOrPrtry></Tp><Nb>DN-3</Nb></RfrdDocInf>
						    <RfrdDocAmt><RmtdAmt Ccy="EUR">150.00</RmtdAmt></RfrdDocAmt></Strd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CREN</Cd></CdOrPrtry></Tp><Nb>CN-2</Nb></RfrdDocInf>
						    <RfrdDocAmt><CdtNoteAmt Ccy="EUR">50.00</CdtNoteAmt></RfrdDocAmt></Strd>
						  <Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd>
						</RmtInf>
						""",
				"1000.00");
		StatementFormat format = StatementFiles.detect(file);

		List<StatementPart> parts = CamtReaderTests.readAll(CamtReader.open(file, format));

		RemittanceInfo remittance = ((BankTransaction) parts.get(0)).remittance();
		assertThat(remittance.unstructured()).containsExactly("Avis 4711", "2 Rechnungen, 1 Gutschrift");
		assertThat(remittance.creditorReference()).isEqualTo("RF18539007547034");
		assertThat(remittance.referredDocuments()).containsExactly("INV-1", "DN-3", "CN-2");
		assertThat(remittance.lines())
			.containsExactly(
					new RemittanceLine(
							List.of(new ReferredDocument("INV-1", DocumentType.INVOICE, "CINV",
									LocalDate.of(2026, 10, 1))),
							eur("1000.00"), null, null, null,
							List.of(new Adjustment(eur("100.00"), Adjustment.Direction.DECREASE, "DAMG", "broken")),
							eur("900.00"), null, List.of("see claim 77")),
					new RemittanceLine(List.of(new ReferredDocument("DN-3", DocumentType.DEBIT_NOTE, "DEBN", null)),
							null, null, null, null, List.of(), eur("150.00"), null, List.of()),
					new RemittanceLine(List.of(new ReferredDocument("CN-2", DocumentType.CREDIT_NOTE, "CREN", null)),
							null, null, eur("50.00"), null, List.of(), null, null, List.of()));
		assertThat(parts).as("Prowide's model classes read the same")
			.isEqualTo(CamtReaderTests
				.readAll(CamtReader.open(file, format, ProwideEntryDecoder.forVersion(format.version()))));
	}

	@Test
	void typedDiscountsAndTaxesOfLaterVersionsAreAddedUp() throws IOException {
		Path file = statement("04",
				"""
						<RmtInf><Strd><RfrdDocInf><Tp><CdOrPrtry><Prtry>ZRE</Prtry></CdOrPrtry></Tp><Nb>90001234</Nb></RfrdDocInf>
						  <RfrdDocAmt><DuePyblAmt Ccy="EUR">1190.00</DuePyblAmt>
						    <DscntApldAmt><Tp><Cd>APDS</Cd></Tp><Amt Ccy="EUR">20.00</Amt></DscntApldAmt>
						    <DscntApldAmt><Amt Ccy="EUR">3.80</Amt></DscntApldAmt>
						    <TaxAmt><Tp><Cd>VATA</Cd></Tp><Amt Ccy="EUR">190.00</Amt></TaxAmt>
						    <AdjstmntAmtAndRsn><Amt Ccy="EUR">5.00</Amt></AdjstmntAmtAndRsn>
						    <RmtdAmt Ccy="EUR">1161.20</RmtdAmt></RfrdDocAmt></Strd></RmtInf>
						""",
				"1161.20");

		RemittanceLine line = transaction(file).remittance().lines().get(0);

		assertThat(line.documents()).containsExactly(new ReferredDocument("90001234", DocumentType.OTHER, "ZRE", null));
		assertThat(line.discountApplied()).isEqualTo(eur("23.80"));
		assertThat(line.tax()).isEqualTo(eur("190.00"));
		assertThat(line.adjustments()).containsExactly(new Adjustment(eur("5.00"), null, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "04", "08", "10", "13", "14" })
	void everyAmountOfEveryBlockIsReadInTheLaterVersions(String version) throws IOException {
		Path file = statement(version,
				"""
						<RmtInf><Ustrd>Avis 88</Ustrd><Ustrd>3 Belege</Ustrd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>INV-1</Nb></RfrdDocInf>
						    <RfrdDocAmt><DuePyblAmt Ccy="EUR">1190.00</DuePyblAmt>
						      <DscntApldAmt><Amt Ccy="EUR">20.00</Amt></DscntApldAmt>
						      <CdtNoteAmt Ccy="EUR">30.00</CdtNoteAmt>
						      <TaxAmt><Amt Ccy="EUR">190.00</Amt></TaxAmt>
						      <AdjstmntAmtAndRsn><Amt Ccy="EUR">40.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Rsn>PRIC</Rsn><AddtlInf>Preisdifferenz</AddtlInf></AdjstmntAmtAndRsn>
						      <AdjstmntAmtAndRsn><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><AddtlInf>Zinsen</AddtlInf></AdjstmntAmtAndRsn>
						      <RmtdAmt Ccy="EUR">1105.00</RmtdAmt></RfrdDocAmt>
						    <AddtlRmtInf>Teil 1</AddtlRmtInf><AddtlRmtInf>Teil 2</AddtlRmtInf></Strd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>DNFA</Cd></CdOrPrtry></Tp><Nb>DN-2</Nb></RfrdDocInf>
						    <RfrdDocAmt><RmtdAmt Ccy="EUR">15.00</RmtdAmt></RfrdDocAmt></Strd>
						  <Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>CREN</Cd></CdOrPrtry></Tp><Nb>CN-3</Nb></RfrdDocInf>
						    <RfrdDocAmt><CdtNoteAmt Ccy="EUR">20.00</CdtNoteAmt></RfrdDocAmt></Strd>
						</RmtInf>
						""",
				"1100.00");

		RemittanceInfo remittance = transaction(file).remittance();

		assertThat(remittance.unstructured()).containsExactly("Avis 88", "3 Belege");
		assertThat(remittance.referredDocuments()).containsExactly("INV-1", "DN-2", "CN-3");
		assertThat(remittance.lines())
			.containsExactly(
					new RemittanceLine(List.of(new ReferredDocument("INV-1", DocumentType.INVOICE, "CINV", null)),
							eur("1190.00"), eur("20.00"), eur("30.00"), eur("190.00"),
							List.of(new Adjustment(eur("40.00"), Adjustment.Direction.DECREASE, "PRIC",
									"Preisdifferenz"),
									new Adjustment(eur("5.00"), Adjustment.Direction.INCREASE, null, "Zinsen")),
							eur("1105.00"), null, List.of("Teil 1", "Teil 2")),
					new RemittanceLine(List.of(new ReferredDocument("DN-2", DocumentType.DEBIT_NOTE, "DNFA", null)),
							null, null, null, null, List.of(), eur("15.00"), null, List.of()),
					new RemittanceLine(List.of(new ReferredDocument("CN-3", DocumentType.CREDIT_NOTE, "CREN", null)),
							null, null, eur("20.00"), null, List.of(), null, null, List.of()));
	}

	@Test
	void aDocumentDateWithItsTypeAndADocumentWithoutTypeAreRead() throws IOException {
		Path file = statement("14",
				"""
						<RmtInf><Strd><RfrdDocInf><Nb>INV-9</Nb><RltdDt><Tp><Cd>ISDT</Cd></Tp><Dt>2026-09-30</Dt></RltdDt></RfrdDocInf>
						  </Strd></RmtInf>
						""",
				"1000.00");

		RemittanceLine line = transaction(file).remittance().lines().get(0);

		assertThat(line.documents())
			.containsExactly(new ReferredDocument("INV-9", DocumentType.UNSPECIFIED, null, LocalDate.of(2026, 9, 30)));
		assertThat(line.remitted()).isNull();
	}

	@Test
	void aCreditorReferenceAloneMakesNoLine() throws IOException {
		Path file = statement("08",
				"<RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>", "1000.00");

		assertThat(transaction(file).remittance().lines()).isEmpty();
		assertThat(transaction(file).remittance().creditorReference()).isEqualTo("RF18539007547034");
	}

	@Test
	void anUnknownAdjustmentDirectionNamesTheEntry() throws IOException {
		Path file = statement("08", """
				<RmtInf><Strd><RfrdDocInf><Nb>INV-1</Nb></RfrdDocInf><RfrdDocAmt>
				  <AdjstmntAmtAndRsn><Amt Ccy="EUR">5.00</Amt><CdtDbtInd>MINUS</CdtDbtInd></AdjstmntAmtAndRsn>
				</RfrdDocAmt></Strd></RmtInf>
				""", "1000.00");

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> transaction(file))
			.withMessageStartingWith(file + ", entry 1 (line ")
			.withMessageEndingWith("adjustment credit/debit indicator (CdtDbtInd) must be CRDT or DBIT, found 'MINUS'");
	}

	private BankTransaction transaction(Path file) {
		return (BankTransaction) CamtReaderTests.readAll(StatementFiles.open(file)).get(0);
	}

	private static Money eur(String amount) {
		return Money.of(amount, "EUR");
	}

	private Path statement(String version, String remittance, String amount) throws IOException {
		boolean old = version.equals("02");
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s"><BkToCstmrStmt>
				<GrpHdr><MsgId>M-1</MsgId><CreDtTm>2026-12-01T18:00:00Z</CreDtTm></GrpHdr>
				<Stmt><Id>S-1</Id><Acct><Id><IBAN>DE29100100100987654321</IBAN></Id><Ccy>EUR</Ccy></Acct>
				<Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<BookgDt><Dt>2026-12-01</Dt></BookgDt>
				<AcctSvcrRef>E-1</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs>
				<RltdPties>%s</RltdPties>
				%s</TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>
				""".formatted(version, amount, old ? "<Sts>BOOK</Sts>" : "<Sts><Cd>BOOK</Cd></Sts>",
				old ? "<Dbtr><Nm>Hollmann</Nm></Dbtr>" : "<Dbtr><Pty><Nm>Hollmann</Nm></Pty></Dbtr>", remittance);
		return Files.writeString(Files.createTempFile(this.dir, "camt", ".xml"), xml);
	}

}
