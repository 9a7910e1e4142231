package io.cashpost.statement.camt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Real attack payloads against the reader and against the parser underneath it: the
 * reader refuses any DOCTYPE, and even without that refusal the parser neither reads
 * local files nor expands entities.
 */
class CamtXmlHardeningTests {

	private static final StatementFormat CAMT_053_02 = new StatementFormat("camt.053", "camt.053.001.02");

	private static final String XXE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!DOCTYPE Document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
			<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
			<Id>&xxe;</Id>
			<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
			<NtryDtls><TxDtls><RmtInf><Ustrd>&xxe;</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
			</Stmt></BkToCstmrStmt></Document>
			""";

	private static final String BILLION_LAUGHS = """
			<?xml version="1.0"?>
			<!DOCTYPE Document [
			 <!ENTITY lol "lol">
			 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
			 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
			 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
			 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
			 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
			 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
			 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
			 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
			 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
			]>
			<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>
			<Id>&lol9;</Id>
			</Stmt></BkToCstmrStmt></Document>
			""";

	@TempDir
	Path dir;

	@Test
	void theReaderRefusesAnExternalEntityWithoutReadingIt() throws IOException {
		Path file = Files.writeString(this.dir.resolve("xxe.xml"), XXE);
		assertThatExceptionOfType(StatementReadException.class)
			.isThrownBy(() -> CamtReaderTests.readAll(CamtReader.open(file, CAMT_053_02)))
			.withMessage(file + ": XML with a DOCTYPE is refused (no DTDs, no entities in statement files)")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("root:"));
	}

	@Test
	void theReaderRefusesEntityExpansionAtOnce() throws IOException {
		Path file = Files.writeString(this.dir.resolve("lol.xml"), BILLION_LAUGHS);
		assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> assertThatExceptionOfType(StatementReadException.class)
					.isThrownBy(() -> CamtReaderTests.readAll(CamtReader.open(file, CAMT_053_02)))
					.withMessageContaining("DOCTYPE is refused"));
	}

	@Test
	void theParserItselfNeverReadsTheLocalFile() throws Exception {
		assertThat(Files.readString(Path.of("/etc/passwd"))).contains("root:");
		StringBuilder seen = new StringBuilder();
		Throwable failure = catchThrowable(() -> readEveryEvent(XXE, seen));
		assertThat(seen).doesNotContain("root:");
		assertThat(failure).isInstanceOf(XMLStreamException.class).hasMessageContaining("xxe");
	}

	@Test
	void theParserItselfNeverExpandsEntities() {
		StringBuilder seen = new StringBuilder();
		assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
			Throwable failure = catchThrowable(() -> readEveryEvent(BILLION_LAUGHS, seen));
			assertThat(failure).isInstanceOf(XMLStreamException.class).hasMessageContaining("lol9");
		});
		assertThat(seen).doesNotContain("lollol");
	}

	@Test
	void anExternalDtdIsNeverFetched() throws Exception {
		Path dtd = Files.writeString(this.dir.resolve("evil.dtd"), "<!ENTITY secret \"LEAKED\">");
		String xml = """
				<?xml version="1.0"?>
				<!DOCTYPE Document SYSTEM "%s">
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><Id>&secret;</Id></Document>
				""".formatted(dtd.toUri());
		StringBuilder seen = new StringBuilder();
		Throwable failure = catchThrowable(() -> readEveryEvent(xml, seen));
		assertThat(seen).doesNotContain("LEAKED");
		assertThat(failure).isInstanceOf(XMLStreamException.class).hasMessageContaining("secret");
	}

	/** Reads like a careless caller: every event, text included, no DOCTYPE check. */
	private static void readEveryEvent(String xml, StringBuilder seen) throws XMLStreamException {
		XMLStreamReader reader = HardenedXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.ENTITY_REFERENCE) {
				seen.append(reader.getText());
			}
		}
	}

}
