package io.cashpost.statement.camt;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CamtReaderTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void readsEntriesThenTheSummary(String version) throws IOException {
		List<StatementPart> parts = readAll(statement(version, """
				<Ntry>
				  <Amt Ccy="EUR">1250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s
				  <BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><DtTm>2026-11-20T09:15:00+01:00</DtTm></ValDt>
				  <AcctSvcrRef>ENTRY-1</AcctSvcrRef>
				  <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
				  <NtryDtls><TxDtls>
				    <Refs><AcctSvcrRef>TX-1</AcctSvcrRef><EndToEndId>E2E-1</EndToEndId></Refs>
				    <RltdPties>%s<DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>
				    <RmtInf><Ustrd>Rechnung 1001</Ustrd>
				      <Strd><CdtrRefInf><Ref>RF98 2600 1001</Ref></CdtrRefInf></Strd>
				      <Strd><RfrdDocInf><Nb>INV-2026-1001</Nb></RfrdDocInf></Strd></RmtInf>
				  </TxDtls></NtryDtls>
				</Ntry>
				<Ntry>
				  <Amt Ccy="EUR">12.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>%s
				  <BookgDt><Dt>2026-11-20</Dt></BookgDt><AcctSvcrRef>ENTRY-2</AcctSvcrRef>
				  <BkTxCd><Prtry><Cd>NCHG+808</Cd></Prtry></BkTxCd>
				</Ntry>
				""".formatted(status(version, "BOOK"), debtor(version, "Müller Maschinenbau GmbH"),
				status(version, "BOOK")), "1000.00", "2237.50"));
		assertThat(parts).hasSize(3);
		BankTransaction credit = (BankTransaction) parts.get(0);
		assertThat(credit.amount()).isEqualTo(Money.of("1250.00", "EUR"));
		assertThat(credit.entryIndex()).isEqualTo(1);
		assertThat(credit.splitIndex()).isZero();
		assertThat(credit.entryRef()).isEqualTo("TX-1");
		assertThat(credit.endToEndId()).isEqualTo("E2E-1");
		assertThat(credit.account()).isEqualTo("DE75512108001245126199");
		assertThat(credit.statementRef()).isEqualTo("STMT-1");
		assertThat(credit.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(credit.status()).isEqualTo(EntryStatus.BOOKED);
		assertThat(credit.bankTransactionCode()).isEqualTo("PMNT/RCDT/ESCT");
		assertThat(credit.debtorName()).isEqualTo("Müller Maschinenbau GmbH");
		assertThat(credit.debtorAccount()).isEqualTo("DE89370400440532013000");
		assertThat(credit.remittance().unstructured()).containsExactly("Rechnung 1001");
		assertThat(credit.remittance().creditorReference()).isEqualTo("RF9826001001");
		assertThat(credit.remittance().referredDocuments()).containsExactly("INV-2026-1001");
		assertThat(credit.line()).isGreaterThan(1);
		BankTransaction fee = (BankTransaction) parts.get(1);
		assertThat(fee.amount()).isEqualTo(Money.of("-12.50", "EUR"));
		assertThat(fee.entryRef()).isEqualTo("ENTRY-2");
		assertThat(fee.bankTransactionCode()).isEqualTo("NCHG+808");
		StatementSummary summary = (StatementSummary) parts.get(2);
		assertThat(summary.entries()).isEqualTo(2);
		assertThat(summary.transactions()).isEqualTo(2);
		assertThat(summary.creditSum()).isEqualByComparingTo("1250.00");
		assertThat(summary.debitSum()).isEqualByComparingTo("12.50");
		assertThat(summary.openingBalance()).isEqualByComparingTo("1000.00");
		assertThat(summary.closingBalance()).isEqualByComparingTo("2237.50");
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.currency().getCurrencyCode()).isEqualTo("EUR");
	}

	@ParameterizedTest(name = "camt.{0}.001.{1}")
	@MethodSource("everyMessageAndVersion")
	void readsEveryMessageInEveryVersion(String message, String version) throws IOException {
		int number = Integer.parseInt(version);
		String[] names = switch (message) {
			case "052" -> new String[] { "BkToCstmrAcctRpt", "Rpt" };
			case "054" -> new String[] { "BkToCstmrDbtCdtNtfctn", "Ntfctn" };
			default -> new String[] { "BkToCstmrStmt", "Stmt" };
		};
		String status = (number >= 7) ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>";
		String debtor = (number >= 8) ? "<Dbtr><Pty><Nm>Payer</Nm></Pty></Dbtr>" : "<Dbtr><Nm>Payer</Nm></Dbtr>";
		String xml = """
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.%s.001.%s"><%s><GrpHdr><MsgId>M</MsgId></GrpHdr>
				<%s><Id>S</Id><Acct><Id><Othr><Id>12345</Id></Othr></Id><Ccy>CHF</Ccy></Acct>
				<Ntry><Amt Ccy="CHF">10.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<ValDt><Dt>2026-11-20</Dt></ValDt>
				<NtryDtls><TxDtls><RltdPties>%s</RltdPties><RmtInf><Ustrd>INV 7</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
				</%s></%s></Document>
				"""
			.formatted(message, version, names[0], names[1], status, debtor, names[1], names[0]);
		Path file = Files.writeString(this.dir.resolve("camt" + message + version + ".xml"), xml);
		try (StatementReader reader = StatementFiles.open(file)) {
			assertThat(reader.format().version()).isEqualTo("camt." + message + ".001." + version);
			BankTransaction transaction = (BankTransaction) reader.next();
			assertThat(transaction.amount()).isEqualTo(Money.of("10.50", "CHF"));
			assertThat(transaction.account()).isEqualTo("12345");
			assertThat(transaction.debtorName()).isEqualTo("Payer");
			assertThat(transaction.remittance().unstructured()).containsExactly("INV 7");
			StatementSummary summary = (StatementSummary) reader.next();
			assertThat(summary.entries()).isEqualTo(1);
			assertThat(summary.balanced()).isNull();
			assertThat(reader.next()).isNull();
		}
	}

	static Stream<Arguments> everyMessageAndVersion() {
		return Stream.of("052", "053", "054")
			.flatMap((message) -> IntStream.rangeClosed(2, 13)
				.mapToObj((version) -> Arguments.of(message, String.format("%02d", version))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void splitsABatchEntryIntoOneTransactionPerDetail(String version) throws IOException {
		String amount1 = version.equals("02") ? "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">100.00</Amt></TxAmt></AmtDtls>"
				: "<Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>";
		String amount2 = amount1.replace("100.00", "50.25");
		List<StatementPart> parts = readAll(statement(version, """
				<Ntry><Amt Ccy="EUR">150.25</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<AcctSvcrRef>BATCH</AcctSvcrRef>
				  <NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>
				    <TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>%s</TxDtls>
				    <TxDtls><Refs><AcctSvcrRef>B-2</AcctSvcrRef><EndToEndId>E2</EndToEndId></Refs>%s</TxDtls>
				  </NtryDtls></Ntry>
				""".formatted(status(version, "BOOK"), amount1, amount2), "0", "150.25"));
		assertThat(parts).hasSize(3);
		BankTransaction first = (BankTransaction) parts.get(0);
		BankTransaction second = (BankTransaction) parts.get(1);
		assertThat(List.of(first.splitIndex(), second.splitIndex())).containsExactly(1, 2);
		assertThat(List.of(first.entryIndex(), second.entryIndex())).containsExactly(1, 1);
		assertThat(first.amount()).isEqualTo(Money.of("100.00", "EUR"));
		assertThat(second.amount()).isEqualTo(Money.of("50.25", "EUR"));
		assertThat(first.endToEndId()).isNull();
		assertThat(first.entryRef()).isEqualTo("BATCH");
		assertThat(second.entryRef()).isEqualTo("B-2");
		StatementSummary summary = (StatementSummary) parts.get(2);
		assertThat(summary.entries()).isEqualTo(1);
		assertThat(summary.transactions()).isEqualTo(2);
		assertThat(summary.balanced()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void aBatchWhoseDetailsDoNotAddUpStaysOneTransaction(String version) throws IOException {
		String amount = version.equals("02") ? "<AmtDtls><TxAmt><Amt Ccy=\"EUR\">%s</Amt></TxAmt></AmtDtls>"
				: "<Amt Ccy=\"EUR\">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd>";
		List<StatementPart> parts = readAll(statement(version, """
				<Ntry><Amt Ccy="EUR">150.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<AcctSvcrRef>NET</AcctSvcrRef>
				  <NtryDtls>
				    <TxDtls>%s<RmtInf><Ustrd>INV-1</Ustrd></RmtInf></TxDtls>
				    <TxDtls>%s<RmtInf><Strd><RfrdDocInf><Nb>INV-2</Nb></RfrdDocInf></Strd></RmtInf></TxDtls>
				  </NtryDtls></Ntry>
				""".formatted(status(version, "BOOK"), amount.formatted("100.00"), amount.formatted("55.00")), "0",
				"150.00"));
		assertThat(parts).hasSize(2);
		BankTransaction whole = (BankTransaction) parts.get(0);
		assertThat(whole.splitIndex()).isZero();
		assertThat(whole.amount()).isEqualTo(Money.of("150.00", "EUR"));
		assertThat(whole.entryRef()).isEqualTo("NET");
		assertThat(whole.remittance().unstructured()).containsExactly("INV-1");
		assertThat(whole.remittance().referredDocuments()).containsExactly("INV-2");
		assertThat(((StatementSummary) parts.get(1)).transactions()).isEqualTo(1);
	}

	@Test
	void aSingleDetailNeverChangesTheBookedAmount() throws IOException {
		List<StatementPart> parts = readAll(statement("08", """
				<Ntry><Amt Ccy="EUR">4500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
				  <NtryDtls><TxDtls><Amt Ccy="EUR">0.04</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls></NtryDtls></Ntry>
				""", "0", "4500.00"));
		assertThat(((BankTransaction) parts.get(0)).amount()).isEqualTo(Money.of("4500.00", "EUR"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void onlyBookedEntriesCountTowardsTheBalance(String version) throws IOException {
		List<StatementPart> parts = readAll(statement(version, """
				<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s</Ntry>
				<Ntry><Amt Ccy="EUR">99.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s</Ntry>
				<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd>%s</Ntry>
				""".formatted(status(version, "BOOK"), status(version, "PDNG"), status(version, "BOOK")), "5.00",
				"14.00"));
		assertThat(((BankTransaction) parts.get(1)).status()).isEqualTo(EntryStatus.PENDING);
		assertThat(((BankTransaction) parts.get(2)).reversal()).isTrue();
		StatementSummary summary = (StatementSummary) parts.get(3);
		assertThat(summary.entries()).isEqualTo(3);
		assertThat(summary.creditSum()).isEqualByComparingTo("10.00");
		assertThat(summary.debitSum()).isEqualByComparingTo("1.00");
		assertThat(summary.balanced()).isTrue();
	}

	@Test
	void readsUtf8WithByteOrderMarkAndLatin1() throws IOException {
		String entry = "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><NtryDtls>"
				+ "<TxDtls><RmtInf><Ustrd>Bäckerei Straße Lefèvre &amp; Fils</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
		String xml = Files.readString(statement("02", entry, "0", "1.00"));
		Path bom = this.dir.resolve("bom.xml");
		byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[utf8.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, withBom, 3, utf8.length);
		Files.write(bom, withBom);
		Path latin1 = this.dir.resolve("latin1.xml");
		Files.write(latin1,
				xml.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1));
		for (Path file : List.of(bom, latin1)) {
			BankTransaction transaction = (BankTransaction) readAll(file).get(0);
			assertThat(transaction.remittance().unstructured()).containsExactly("Bäckerei Straße Lefèvre & Fils");
		}
	}

	@Test
	void aStatementThatDoesNotAddUpIsReportedNotHidden() throws IOException {
		List<StatementPart> parts = readAll(statement("08", """
				<Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>
				""", "0", "11.00"));
		StatementSummary summary = (StatementSummary) parts.get(1);
		assertThat(summary.balanced()).isFalse();
		assertThat(summary.computedClosingBalance()).isEqualByComparingTo("10.00");
	}

	@Test
	void severalStatementsInOneFile() throws IOException {
		String one = statementElement("08", "S-1",
				"<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + "<Sts><Cd>BOOK</Cd></Sts></Ntry>", "0",
				"1.00");
		String two = statementElement("08", "S-2", "", "1.00", "1.00");
		List<StatementPart> parts = readAll(document("08", one + two));
		assertThat(parts).hasSize(3);
		assertThat(((StatementSummary) parts.get(1)).statementRef()).isEqualTo("S-1");
		assertThat(((StatementSummary) parts.get(2)).statementRef()).isEqualTo("S-2");
		assertThat(((StatementSummary) parts.get(2)).entries()).isZero();
		assertThat(((StatementSummary) parts.get(2)).balanced()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void aBadAmountNamesTheEntryAndItsLine(String version) throws IOException {
		Path file = statement(version, """
				<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s</Ntry>
				<Ntry><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s</Ntry>
				""".formatted(status(version, "BOOK"), status(version, "BOOK")), "0", "13.50");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessageStartingWith(file + ", entry 2 (line ");
	}

	@Test
	void anEntryWithoutAmountIsRefused() throws IOException {
		Path file = statement("08", "<Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>", "0", "0");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessageContaining("entry 1 (line ")
			.withMessageEndingWith("the entry has no amount (Amt)");
	}

	@Test
	void anUnknownStatusIsRefused() throws IOException {
		Path file = statement("08",
				"<Ntry><Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + "<Sts><Prtry>MAYBE</Prtry></Sts></Ntry>",
				"0", "0");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessageEndingWith("unknown entry status 'MAYBE'");
	}

	@Test
	void aTruncatedFileNamesTheLine() throws IOException {
		Path whole = statement("08", """
				<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>
				<Ntry><Amt Ccy="EUR">2.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts></Ntry>
				""", "0", "3.00");
		String content = Files.readString(whole);
		Path file = Files.writeString(this.dir.resolve("truncated.xml"),
				content.substring(0, content.indexOf("2.00</Amt>")));
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessageStartingWith(file + ", entry 2 (line ")
			.withMessageContaining("malformed XML");
	}

	@Test
	void aFileWithoutStatementIsRefused() throws IOException {
		Path file = document("08", "");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessage(file + ": the file holds no statement (no Stmt element)");
	}

	@Test
	void theWrongMessageForTheNamespaceIsRefused() throws IOException {
		Path file = Files.writeString(this.dir.resolve("wrong.xml"),
				"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrAcctRpt/></Document>");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> readAll(file))
			.withMessageContaining("expected BkToCstmrStmt for camt.053.001.08, found BkToCstmrAcctRpt");
	}

	@Test
	void versionOneIsRefusedClearly() throws IOException {
		Path file = Files.writeString(this.dir.resolve("v1.xml"),
				"<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.01\"><BkToCstmrStmtV01/></Document>");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.open(file))
			.withMessageContaining("camt.053.001.01 is not supported");
	}

	@ParameterizedTest
	@ValueSource(strings = { "02", "08" })
	void prowideAndElementMappingReadTheSame(String version) throws IOException {
		Path file = statement(version,
				"""
						<Ntry><Amt Ccy="EUR">150.25</Amt><CdtDbtInd>CRDT</CdtDbtInd>%s<AcctSvcrRef>A</AcctSvcrRef>
						  <BookgDt><DtTm>2026-11-20T23:30:00</DtTm></BookgDt>
						  <AmtDtls><InstdAmt><Amt Ccy="USD">170.00</Amt><CcyXchg><SrcCcy>USD</SrcCcy><XchgRate>1.1314</XchgRate></CcyXchg></InstdAmt></AmtDtls>
						  <NtryDtls><TxDtls><Refs><MndtId>M-1</MndtId></Refs>
						    <RltdPties>%s</RltdPties><RtrInf><Rsn><Cd>AC04</Cd></Rsn></RtrInf>
						    <RmtInf><Strd><CdtrRefInf><Ref>RF99 2600 1001</Ref></CdtrRefInf></Strd></RmtInf>
						  </TxDtls></NtryDtls></Ntry>
						"""
					.formatted(status(version, "BOOK"), debtor(version, "A").replace("Dbtr", "UltmtDbtr")),
				"0", "150.25");
		StatementFormat format = new StatementFormat("camt.053", "camt.053.001." + version);
		List<StatementPart> prowide = readAll(
				CamtReader.open(file, format, ProwideEntryDecoder.forVersion(format.version())));
		List<StatementPart> elements = readAll(CamtReader.open(file, format));
		assertThat(prowide).isEqualTo(elements);
		BankTransaction transaction = (BankTransaction) prowide.get(0);
		assertThat(transaction.bookingDate()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(transaction.details().mandateId()).isEqualTo("M-1");
		assertThat(transaction.details().ultimateDebtorName()).isEqualTo("A");
		assertThat(transaction.details().returnReason()).isEqualTo("AC04");
		assertThat(transaction.details().instructedAmount()).isEqualTo(Money.of("170.00", "USD"));
		assertThat(transaction.details().exchangeRate()).isEqualTo(new BigDecimal("1.1314"));
		// wrong check digits: kept as text, never as a structured reference
		assertThat(transaction.remittance().creditorReference()).isNull();
		assertThat(transaction.remittance().unstructured()).containsExactly("RF99 2600 1001");
	}

	private List<StatementPart> readAll(Path file) {
		return readAll(StatementFiles.open(file));
	}

	static List<StatementPart> readAll(StatementReader reader) {
		List<StatementPart> parts = new ArrayList<>();
		try (reader) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
		}
		return parts;
	}

	private static String status(String version, String status) {
		return version.equals("02") ? "<Sts>" + status + "</Sts>" : "<Sts><Cd>" + status + "</Cd></Sts>";
	}

	private static String debtor(String version, String name) {
		return version.equals("02") ? "<Dbtr><Nm>" + name + "</Nm></Dbtr>"
				: "<Dbtr><Pty><Nm>" + name + "</Nm></Pty></Dbtr>";
	}

	private Path statement(String version, String entries, String opening, String closing) throws IOException {
		return document(version, statementElement(version, "STMT-1", entries, opening, closing));
	}

	private Path document(String version, String statements) throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.%s">
				<BkToCstmrStmt>
				<GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm></GrpHdr>
				%s</BkToCstmrStmt>
				</Document>
				""".formatted(version, statements);
		return Files.writeString(Files.createTempFile(this.dir, "camt", ".xml"), xml);
	}

	private static String statementElement(String version, String id, String entries, String opening, String closing) {
		return """
				<Stmt><Id>%s</Id><CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm>
				<Acct><Id><IBAN>DE75512108001245126199</IBAN></Id><Ccy>EUR</Ccy></Acct>
				%s%s%s</Stmt>
				""".formatted(id, balance("OPBD", opening), balance("CLBD", closing), entries);
	}

	private static String balance(String type, String amount) {
		return """
				<Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt>
				<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>
				""".formatted(type, amount);
	}

}
