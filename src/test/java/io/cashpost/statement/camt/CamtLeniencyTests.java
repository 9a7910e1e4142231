package io.cashpost.statement.camt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementSummary;
import io.cashpost.statement.StatementWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * camt files read the way banks write them: what is read leniently, with which warning,
 * and where the leniency ends because the balances do not confirm it.
 */
class CamtLeniencyTests {

	private static final String CREDIT = """
			<Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<BookgDt><Dt>2026-11-26</Dt></BookgDt>
			<AcctSvcrRef>%s</AcctSvcrRef></Ntry>
			""";

	private static final String DEBIT = """
			<Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>DBIT</CdtDbtInd>%s<BookgDt><Dt>2026-11-26</Dt></BookgDt>
			<AcctSvcrRef>%s</AcctSvcrRef></Ntry>
			""";

	private static final String BOOK = "<Sts><Cd>BOOK</Cd></Sts>";

	@TempDir
	Path dir;

	@Test
	void balancesWithoutIndicatorAreCreditsWhenTheEntriesThenAddUp() throws IOException {
		Path file = write("053", "08", statement(unsigned("OPBD", "100.00") + unsigned("CLBD", "160.00"),
				CREDIT.formatted("60.00", BOOK, "E-1")));

		List<StatementPart> parts = read(file);

		StatementSummary summary = summary(parts);
		assertThat(summary.openingBalance()).isEqualByComparingTo("100.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("160.00");
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.warnings()).extracting(StatementWarning::toString)
			.containsExactly(file + ", statement S-1 (line 4): balances OPBD and CLBD have no credit/debit indicator "
					+ "(CdtDbtInd): read as credit, and opening balance + entries = closing balance");
	}

	@Test
	void aBalanceWithoutIndicatorTakesTheOnlySignWithWhichTheEntriesAddUp() throws IOException {
		Path file = write("053", "08", statement(signed("OPBD", "100.00", "CRDT") + unsigned("CLBD", "50.00"),
				DEBIT.formatted("150.00", BOOK, "E-1")));

		StatementSummary summary = summary(read(file));

		assertThat(summary.closingBalance()).isEqualByComparingTo("-50.00");
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.warnings()).singleElement()
			.extracting(StatementWarning::message)
			.isEqualTo("balance CLBD has no credit/debit indicator (CdtDbtInd): read as debit, "
					+ "the only sign with which opening balance + entries = closing balance");
	}

	@Test
	void balancesWithoutIndicatorThatAddUpWithNoSignAreRefused() throws IOException {
		Path file = write("053", "08", statement(unsigned("OPBD", "100.00") + unsigned("CLBD", "175.00"),
				CREDIT.formatted("60.00", BOOK, "E-1")));

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read(file))
			.withMessage(file + ", statement S-1 (line 4): balances OPBD and CLBD have no credit/debit indicator "
					+ "(CdtDbtInd), and no sign for it makes opening balance + entries = closing balance: "
					+ "the statement cannot be checked");
	}

	@Test
	void aBalanceWithoutIndicatorAndNothingToCheckItAgainstIsLeftOut() throws IOException {
		Path file = write("053", "08", statement(unsigned("OPBD", "100.00"), CREDIT.formatted("60.00", BOOK, "E-1")));

		StatementSummary summary = summary(read(file));

		assertThat(summary.openingBalance()).isNull();
		assertThat(summary.balanced()).isNull();
		assertThat(summary.warnings()).singleElement()
			.extracting(StatementWarning::message)
			.isEqualTo("balance OPBD has no credit/debit indicator (CdtDbtInd) and no other balance to check its "
					+ "sign against: left out of the check");
	}

	@Test
	void anUnknownBalanceIndicatorIsRefused() throws IOException {
		Path file = write("053", "08",
				statement(signed("OPBD", "100.00", "PLUS") + signed("CLBD", "160.00", "CRDT"), ""));

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read(file))
			.withMessageEndingWith(
					"balance OPBD has an unknown credit/debit indicator 'PLUS' (CdtDbtInd: CRDT or DBIT)");
	}

	@Test
	void aNewerVersionIsReadByElementNamesWithAWarning() throws IOException {
		Path file = write("053", "14", statement(balances("100.00", "160.00"), CREDIT.formatted("60.00", BOOK, "E-1")));

		List<StatementPart> parts = read(file);

		assertThat(((BankTransaction) parts.get(0)).amount().amount()).isEqualByComparingTo("60.00");
		assertThat(summary(parts).warnings()).extracting(StatementWarning::toString)
			.containsExactly(file + ": camt.053.001.14 is newer than the versions Cashpost was checked against "
					+ "(.001.02 to .001.13): read by the element names those versions share");
	}

	@Test
	void versionOneIsStillRefused() throws IOException {
		Path file = write("052", "01", "");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read(file))
			.withMessage(file + ": camt.052.001.01 is not supported: Cashpost reads .001.02 and every later version "
					+ "(version 1 was a draft with other element names)");
	}

	@Test
	void aDocumentInAnEnvelopeWithABusinessApplicationHeaderIsRead() throws IOException {
		String document = document("053", "08",
				statement(balances("100.00", "160.00"), CREDIT.formatted("60.00", BOOK, "E-1")));
		Path file = Files.writeString(this.dir.resolve("fileact.xml"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<Envelope xmlns="urn:swift:xsd:envelope">
				%s%s</Envelope>
				""".formatted(header("camt.053.001.08"), document));

		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("camt.053", "camt.053.001.08"));
		List<StatementPart> parts = read(file);

		assertThat(parts).hasSize(2);
		assertThat(summary(parts).balanced()).isTrue();
		assertThat(summary(parts).warnings()).isEmpty();
	}

	@Test
	void documentsNestedDeeperAndSeveralInOneEnvelopeAreAllRead() throws IOException {
		String first = document("053", "08",
				statement(balances("100.00", "160.00"), CREDIT.formatted("60.00", BOOK, "E-1")));
		String second = document("053", "08",
				statement(balances("160.00", "150.00"), DEBIT.formatted("10.00", BOOK, "E-2")).replace("S-1", "S-2"));
		Path file = Files.writeString(this.dir.resolve("datapdu.xml"), """
				<Saa:DataPDU xmlns:Saa="urn:swift:saa:xsd:saa.2.0"><Saa:Header><Saa:Message>
				<Saa:SenderReference>X</Saa:SenderReference></Saa:Message></Saa:Header>
				<Saa:Body>%s%s</Saa:Body><Saa:Body>%s%s</Saa:Body></Saa:DataPDU>
				""".formatted(header("camt.053.001.08"), first, header("camt.053.001.08"), second));

		List<StatementPart> parts = read(file);

		assertThat(parts).filteredOn(StatementSummary.class::isInstance)
			.extracting((part) -> ((StatementSummary) part).statementRef())
			.containsExactly("S-1", "S-2");
	}

	@Test
	void aHeaderAnnouncingAnotherMessageIsRefused() throws IOException {
		String document = document("053", "08", statement(balances("100.00", "100.00"), ""));
		Path file = Files.writeString(this.dir.resolve("mismatch.xml"),
				"<Envelope>" + header("camt.054.001.08") + document + "</Envelope>");

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read(file))
			.withMessageEndingWith("the Business Application Header (AppHdr) announces camt.054.001.08 (MsgDefIdr), "
					+ "but the Document is camt.053.001.08");
	}

	@Test
	void anEnvelopeWithoutDocumentIsRefusedPlainly() throws IOException {
		Path file = Files.writeString(this.dir.resolve("empty.xml"),
				"<Envelope>" + header("camt.053.001.08") + "</Envelope>");
		StatementFormat format = new StatementFormat("camt.053", "camt.053.001.08");

		assertThatExceptionOfType(StatementReadException.class)
			.isThrownBy(() -> CamtLeniencyTests.readAll(CamtReader.open(file, format)))
			.withMessage(file + ": no ISO 20022 Document element inside <Envelope>: expected the camt.053.001.08 "
					+ "Document, alone or after a Business Application Header (AppHdr)");
	}

	@Test
	void aDocumentWithoutNamespaceIsNamedPlainly() throws IOException {
		Path file = Files.writeString(this.dir.resolve("plain.xml"), "<Document><BkToCstmrStmt/></Document>");
		StatementFormat format = new StatementFormat("camt.053", "camt.053.001.08");

		assertThatExceptionOfType(StatementReadException.class)
			.isThrownBy(() -> CamtLeniencyTests.readAll(CamtReader.open(file, format)))
			.withMessage(file + ", line 1: the Document has no namespace, expected "
					+ "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("null"));
	}

	@Test
	void entriesOfAStatementWithoutStatusAreBookedWithOneWarning() throws IOException {
		Path file = write("053", "08", statement(balances("100.00", "150.00"),
				CREDIT.formatted("60.00", "", "E-1") + DEBIT.formatted("10.00", "", "E-2")));

		List<StatementPart> parts = read(file);

		assertThat(parts).filteredOn(BankTransaction.class::isInstance)
			.extracting((part) -> ((BankTransaction) part).status())
			.containsOnly(EntryStatus.BOOKED);
		assertThat(summary(parts).balanced()).isTrue();
		assertThat(summary(parts).warnings()).singleElement()
			.satisfies((warning) -> assertThat(warning.position()).startsWith("entry 1 (line "))
			.extracting(StatementWarning::message)
			.isEqualTo("the entry has no status (Sts): read as booked (BOOK), as a camt.053 statement reports "
					+ "booked entries (and 1 more like it in this statement)");
	}

	@Test
	void entriesOfAReportWithoutStatusAreBookedWhenItsBalancesConfirmIt() throws IOException {
		Path file = write("052", "08", report(balances("100.00", "160.00"), CREDIT.formatted("60.00", "", "E-1")));

		List<StatementPart> parts = read(file);

		assertThat(((BankTransaction) parts.get(0)).status()).isEqualTo(EntryStatus.BOOKED);
		assertThat(summary(parts).balanced()).isTrue();
		assertThat(summary(parts).warnings()).singleElement()
			.extracting(StatementWarning::message)
			.isEqualTo("the entry has no status (Sts): read as booked (BOOK), which the report's opening and "
					+ "closing balances confirm");
	}

	@Test
	void aReportWhoseBalancesDoNotConfirmEntriesWithoutStatusIsRefused() throws IOException {
		Path file = write("052", "08", report(balances("100.00", "100.00"), CREDIT.formatted("60.00", "", "E-1")));

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read(file))
			.withMessage(file + ", statement S-1 (line 4): 1 entry without status (Sts) was read as booked because "
					+ "the report carries opening and closing balances, but then it does not add up: opening balance "
					+ "100.00 + credits 60.00 - debits 0 = 160.00, closing balance 100.00; whether they are booked "
					+ "is unclear");
	}

	@Test
	void entriesOfANotificationWithoutStatusAreKeptAsInformation() throws IOException {
		Path file = write("054", "08", notification(CREDIT.formatted("60.00", "", "E-1")));

		List<StatementPart> parts = read(file);

		assertThat(((BankTransaction) parts.get(0)).status()).isEqualTo(EntryStatus.INFO);
		assertThat(summary(parts).creditSum()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(summary(parts).warnings()).singleElement()
			.extracting(StatementWarning::message)
			.isEqualTo("the entry has no status (Sts), and a camt.054 notification without balances does not say "
					+ "whether it is booked: kept as information (INFO), not posted");
	}

	private Path write(String message, String version, String content) throws IOException {
		return Files.writeString(Files.createTempFile(this.dir, "camt", ".xml"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document(message, version, content));
	}

	private static String document(String message, String version, String content) {
		String root = switch (message) {
			case "052" -> "BkToCstmrAcctRpt";
			case "054" -> "BkToCstmrDbtCdtNtfctn";
			default -> "BkToCstmrStmt";
		};
		return """
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.%s.001.%s">
				<%s><GrpHdr><MsgId>M-1</MsgId><CreDtTm>2026-11-26T18:00:00Z</CreDtTm></GrpHdr>
				%s</%s></Document>
				""".formatted(message, version, root, content, root);
	}

	private static String statement(String balances, String entries) {
		return container("Stmt", balances, entries);
	}

	private static String report(String balances, String entries) {
		return container("Rpt", balances, entries);
	}

	private static String notification(String entries) {
		return container("Ntfctn", "", entries);
	}

	private static String container(String name, String balances, String entries) {
		return "<" + name + "><Id>S-1</Id><Acct><Id><IBAN>LT717300010123456789</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
				+ balances + entries + "</" + name + ">\n";
	}

	private static String balances(String opening, String closing) {
		return signed("OPBD", opening, "CRDT") + signed("CLBD", closing, "CRDT");
	}

	private static String signed(String type, String amount, String indicator) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
				+ "</Amt><CdtDbtInd>" + indicator + "</CdtDbtInd><Dt><Dt>2026-11-26</Dt></Dt></Bal>\n";
	}

	private static String unsigned(String type, String amount) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
				+ "</Amt><Dt><Dt>2026-11-26</Dt></Dt></Bal>\n";
	}

	private static String header(String definition) {
		return """
				<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02">
				<Fr><FIId><FinInstnId><BICFI>HABALT22</BICFI></FinInstnId></FIId></Fr>
				<To><FIId><FinInstnId><BICFI>CSHPDEM1</BICFI></FinInstnId></FIId></To>
				<BizMsgIdr>B-1</BizMsgIdr><MsgDefIdr>%s</MsgDefIdr><CreDt>2026-11-26T18:00:00Z</CreDt></AppHdr>
				""".formatted(definition);
	}

	private static List<StatementPart> read(Path file) {
		return readAll(StatementFiles.open(file));
	}

	private static List<StatementPart> readAll(StatementReader reader) {
		return CamtReaderTests.readAll(reader);
	}

	private static StatementSummary summary(List<StatementPart> parts) {
		return (StatementSummary) parts.get(parts.size() - 1);
	}

}
