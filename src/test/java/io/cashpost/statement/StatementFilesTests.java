package io.cashpost.statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatementFilesTests {

	@TempDir
	Path dir;

	@Test
	void camtByItsNamespace() throws IOException {
		Path file = write("a.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt/></Document>
				""");
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("camt.053", "camt.053.001.08"));
	}

	@Test
	void camtWithByteOrderMarkAndPrefixedNamespace() throws IOException {
		Path file = this.dir.resolve("b.xml");
		byte[] xml = "<ns2:Document xmlns:ns2=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.13\"/>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		Files.write(file, concat(bom, xml));
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("camt.054", "camt.054.001.13"));
	}

	@Test
	void camt052ByItsNamespace() throws IOException {
		Path file = write("c.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"/>");
		assertThat(StatementFiles.detect(file).version()).isEqualTo("camt.052.001.02");
	}

	@Test
	void unknownNamespaceIsNamed() throws IOException {
		Path file = write("d.xml", "<?xml version='1.0'?>\n<Document xmlns=\"urn:weird-namespace\"><X/></Document>");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("d.xml")
			.withMessageContaining("unknown XML namespace 'urn:weird-namespace'");
	}

	@Test
	void otherIso20022MessageIsRefused() throws IOException {
		Path file = write("p.xml", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("pain.001.001.03");
	}

	@Test
	void camtInAnEnvelopeAfterItsBusinessApplicationHeader() throws IOException {
		Path file = write("env.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Envelope xmlns="urn:swift:xsd:envelope">
				<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"><MsgDefIdr>camt.053.001.08</MsgDefIdr>
				%s</AppHdr>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt/></Document>
				</Envelope>
				""".formatted("<!-- a long header -->\n".repeat(600)));
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("camt.053", "camt.053.001.08"));
	}

	@Test
	void anotherIso20022MessageInAnEnvelopeIsNamed() throws IOException {
		Path file = write("pain.xml",
				"""
						<Envelope xmlns="urn:swift:xsd:envelope">
						<AppHdr xmlns="urn:iso:std:iso:20022:tech:xsd:head.001.001.02"><MsgDefIdr>pain.001.001.09</MsgDefIdr></AppHdr>
						<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>
						</Envelope>
						""");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessage(file + ": ISO 20022 pain.001.001.09 is not a statement message: Cashpost reads camt.052, "
					+ "camt.053 and camt.054");
	}

	@Test
	void xmlWithoutNamespaceIsRefused() throws IOException {
		Path file = write("e.xml", "<Document><BkToCstmrStmt/></Document>");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("XML without a namespace");
	}

	@Test
	void doctypeIsRefusedBeforeAnyParsing() throws IOException {
		Path file = write("x.xml", """
				<?xml version="1.0"?>
				<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">&xxe;</Document>
				""");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("DOCTYPE");
	}

	@Test
	void mt940WithSwiftBlocks() throws IOException {
		Path file = write("s.sta", "{1:F01ABNANL2AXXXX0000000000}{2:O9401234}{4:\r\n:20:STMT\r\n:25:123\r\n-}");
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("MT940", "MT940"));
	}

	@Test
	void mt942WithSwiftBlocks() throws IOException {
		Path file = write("s.sta", "{1:F01ABNANL2AXXXX0000000000}{2:I942ABNANL2AXXXXN}{4:\n:20:X\n:25:1\n-}");
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("MT942", "MT942"));
	}

	@Test
	void otherSwiftMessageIsRefused() throws IOException {
		Path file = write("s.fin", "{1:F01ABNANL2AXXXX0000000000}{2:I103ABNANL2AXXXXN}{4:\n:20:X\n-}");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("MT103");
	}

	@Test
	void mt940WithoutBlocks() throws IOException {
		Path file = write("s.txt", ":20:STARTUMS\n:25:50010517/0123456789\n:28C:1/1\n:60F:C261119EUR100,00\n");
		assertThat(StatementFiles.detect(file).family()).isEqualTo("MT940");
	}

	@Test
	void mt942WithoutBlocksByItsFloorLimit() throws IOException {
		Path file = write("s.txt",
				":20:INTRADAY\n:25:50010517/0123456789\n:28C:1/1\n:34F:EUR0,\n:13D:2611201200+0100\n");
		assertThat(StatementFiles.detect(file).family()).isEqualTo("MT942");
	}

	@Test
	void bai2ByItsFileHeader() throws IOException {
		Path file = write("b.bai",
				"01,122099999,123456789,261120,0200,1,,,2/\n02,123456789,122099999,1,261119,,USD,2/\n");
		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("BAI2", "BAI2"));
	}

	@Test
	void unknownContentIsNamed() throws IOException {
		Path file = write("f.csv", "date,amount,text\n2026-11-20,10.00,coffee\n");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("f.csv")
			.withMessageContaining("starts with 'date,amount,text'");
	}

	@Test
	void emptyFile() throws IOException {
		Path file = write("empty.xml", "  \n");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageContaining("empty");
	}

	@Test
	void missingFile() {
		Path file = this.dir.resolve("missing.xml");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.open(file))
			.withMessageContaining("missing.xml: no such file");
	}

	@Test
	void everyDetectedFormatOpensWithItsReader(@TempDir Path dir) throws IOException {
		Path mt940 = Files.writeString(dir.resolve("s.sta"),
				":20:STARTUMS\n:25:50010517/0123456789\n:28C:1/1\n:60F:C261119EUR100,00\n:62F:C261119EUR100,00\n");
		Path bai2 = Files.writeString(dir.resolve("s.bai"),
				"01,BANK,CUST,261119,0800,1,,,2/\n02,CUST,BANK,1,261119,,USD,2/\n03,1234,USD,010,100,,,015,100,,/\n"
						+ "49,200,2/\n98,200,1,4/\n99,200,1,6/\n");
		try (StatementReader reader = StatementFiles.open(mt940)) {
			assertThat(reader.format().family()).isEqualTo("MT940");
			assertThat(reader.next()).isInstanceOf(StatementSummary.class);
		}
		try (StatementReader reader = StatementFiles.open(bai2)) {
			assertThat(reader.format().family()).isEqualTo("BAI2");
			assertThat(reader.next()).isInstanceOf(StatementSummary.class);
		}
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.dir.resolve(name), content);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
