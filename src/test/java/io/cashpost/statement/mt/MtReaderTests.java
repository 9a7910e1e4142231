package io.cashpost.statement.mt;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole files: framing, line ends, charsets, statement structure and MT942 reports. */
class MtReaderTests {

	static final String GERMAN = """
			:20:STARTUMS
			:25:37050299/0123456789
			:28C:00001/001
			:60F:C250102EUR1000,00
			:61:2501020102CR250,00NTRFNONREF//B1
			:86:166?00GUTSCHRIFT?20SVWZ+Rechnung 4711 Grüße?32Jürgen Weiß
			:61:2501020102DR100,00NMSCNONREF//B2
			:86:805?00ENTGELT?20Kontoführung
			:62F:C250102EUR1150,00
			-
			:20:STARTUMS
			:25:37050299/0123456789
			:28C:00001/001
			:60F:C250103EUR1150,00
			:61:2501030103RCR250,00NTRFNONREF//B3
			:62F:C250103EUR900,00
			-
			""";

	@Test
	void yieldsEachTransactionThenItsStatementsSummary() {
		List<StatementPart> parts = read(GERMAN);
		assertThat(parts).hasSize(5);
		assertThat(parts.get(0)).isInstanceOf(BankTransaction.class);
		assertThat(parts.get(1)).isInstanceOf(BankTransaction.class);
		StatementSummary first = (StatementSummary) parts.get(2);
		assertThat(first.entries()).isEqualTo(2);
		assertThat(first.creditSum()).isEqualByComparingTo("250.00");
		assertThat(first.debitSum()).isEqualByComparingTo("100.00");
		assertThat(first.balanced()).isTrue();
		BankTransaction reversal = (BankTransaction) parts.get(3);
		assertThat(reversal.entryIndex()).as("entries are numbered through the file").isEqualTo(3);
		assertThat(reversal.amount().amount()).isEqualByComparingTo("-250.00");
		assertThat(reversal.reversal()).isTrue();
		assertThat(((StatementSummary) parts.get(4)).balanced()).isTrue();
	}

	@Test
	void statementRefsTellStatementsWithTheSameReferenceApart() {
		List<StatementPart> parts = read(GERMAN);
		assertThat(((StatementSummary) parts.get(2)).statementRef()).isEqualTo("STARTUMS/00001/001/2025-01-02");
		assertThat(((StatementSummary) parts.get(4)).statementRef()).isEqualTo("STARTUMS/00001/001/2025-01-03");
		assertThat(((BankTransaction) parts.get(0)).statementRef()).isEqualTo("STARTUMS/00001/001/2025-01-02");
		assertThat(((BankTransaction) parts.get(0)).line()).isEqualTo(5);
	}

	@Test
	void crlfEnvelopeAndNoTrailerReadTheSame() {
		String enveloped = "{1:F01SPKADE3BAXXX0000000000}{2:O940SPKADE3BXXXXN}{3:{108:X}}{4:\n"
				+ GERMAN.replace("-\n:20:", "-}{5:}\n{1:F01SPKADE3BAXXX0000000000}{2:O940SPKADE3BXXXXN}{4:\n:20:")
					.replaceAll("-\n$", "-}{5:{CHK:123}}\n");
		String withoutTrailers = GERMAN.replace("-\n", "");
		List<StatementPart> plain = read(GERMAN);
		assertThat(read(GERMAN.replace("\n", "\r\n"))).isEqualTo(plain);
		assertThat(withoutLines(read(enveloped))).isEqualTo(withoutLines(plain));
		assertThat(withoutLines(read(withoutTrailers))).isEqualTo(withoutLines(plain));
	}

	@Test
	void latin1AndUtf8WithBomBothGiveUmlauts() {
		for (byte[] bytes : List.of(GERMAN.getBytes(StandardCharsets.ISO_8859_1), withBom(GERMAN))) {
			BankTransaction transaction = (BankTransaction) read(bytes, null).get(0);
			assertThat(transaction.debtorName()).isEqualTo("Jürgen Weiß");
			assertThat(transaction.remittance().unstructured()).containsExactly("Rechnung 4711 Grüße");
		}
	}

	@Test
	void theCharsetCanBeGiven() {
		byte[] bytes = GERMAN.getBytes(Charset.forName("IBM437"));
		BankTransaction transaction = (BankTransaction) read(bytes, Charset.forName("IBM437")).get(0);
		assertThat(transaction.debtorName()).isEqualTo("Jürgen Weiß");
	}

	@Test
	void formatComesFromTheEnvelopeOrTheFields() {
		assertThat(reader(GERMAN).format()).isEqualTo(new StatementFormat("MT940", "MT940"));
		assertThat(reader(MtBadInputTests.REPORT).format()).isEqualTo(new StatementFormat("MT942", "MT942"));
		assertThat(reader("{1:F01X}{2:O942X}{4:\n:20:R\n:25:A\n:28C:1\n:61:250102C1,00NTRFNONREF\n-}").format())
			.isEqualTo(new StatementFormat("MT942", "MT942"));
	}

	@Test
	void reportEntriesAreInformationAndTotalsAreChecked() {
		List<StatementPart> parts = read(MtBadInputTests.REPORT);
		assertThat(parts).hasSize(3);
		assertThat(((BankTransaction) parts.get(0)).status()).isEqualTo(EntryStatus.INFO);
		StatementSummary summary = (StatementSummary) parts.get(2);
		assertThat(summary.balanced()).isNull();
		assertThat(summary.entries()).isEqualTo(2);
		assertThat(summary.creditSum()).as("information entries are not booked").isZero();
		assertThat(summary.debitSum()).isZero();
		assertThat(summary.statementRef()).isEqualTo("IR250116/00016/2025-01-16T11:30+01:00");
	}

	@Test
	void wrappedTextThatLooksLikeATagOrATrailerStaysText() {
		String file = """
				:20:X
				:25:NL57INGB0006781234EUR
				:28C:1
				:60F:C250102EUR10,00
				:61:2501020102D1,00NDDTEREF//00000000001009
				:86:/EREF/E1//MARF/MND
				-
				EV01//REMI/USTD//paid at 13
				:12:11/
				:62F:C250102EUR9,00
				-
				""";
		BankTransaction transaction = (BankTransaction) read(file).get(0);
		assertThat(transaction.details().mandateId()).isEqualTo("MND-EV01");
		assertThat(transaction.remittance().unstructured()).containsExactly("paid at 13:12:11");
		assertThat(transaction.account()).isEqualTo("NL57INGB0006781234");
	}

	@Test
	void accountsLoseTheCurrencyAndTheBicBanksAdd() {
		assertThat(Accounts.normalised("NL77INGB0574908765EUR", "EUR")).isEqualTo("NL77INGB0574908765");
		assertThat(Accounts.normalised("NL34RABO0142623393 EUR", "EUR")).isEqualTo("NL34RABO0142623393");
		assertThat(Accounts.normalised("51210600/9223382012EUR", "EUR")).isEqualTo("51210600/9223382012");
		assertThat(Accounts.normalised("COBADEFFXXX/DE89370400440532013000", "EUR"))
			.isEqualTo("DE89370400440532013000");
		assertThat(Accounts.normalised("37050299/0123456789", "EUR")).isEqualTo("37050299/0123456789");
		assertThat(Accounts.normalised("PL25106000760000888888888888", "PLN"))
			.isEqualTo("PL25106000760000888888888888");
	}

	@Test
	void closingTheReaderClosesTheStream() {
		boolean[] closed = { false };
		InputStream in = new FilterInputStream(new ByteArrayInputStream(GERMAN.getBytes(StandardCharsets.UTF_8))) {
			@Override
			public void close() throws IOException {
				closed[0] = true;
				super.close();
			}
		};
		new Mt940Reader(in, "x.sta").close();
		assertThat(closed[0]).isTrue();
	}

	static List<StatementPart> read(String content) {
		return read(content.getBytes(StandardCharsets.UTF_8), null);
	}

	static List<StatementPart> read(byte[] content, Charset charset) {
		List<StatementPart> parts = new ArrayList<>();
		try (Mt940Reader reader = new Mt940Reader(new ByteArrayInputStream(content), "test.sta", charset)) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
		}
		return parts;
	}

	static Mt940Reader reader(String content) {
		return new Mt940Reader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "test.sta");
	}

	private static byte[] withBom(String content) {
		byte[] text = content.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);
		return bytes;
	}

	/** The parts without line numbers, which an envelope shifts. */
	private static List<String> withoutLines(List<StatementPart> parts) {
		return parts.stream()
			.map((part) -> (part instanceof BankTransaction t) ? t.toString().replaceAll("line=\\d+", "")
					: part.toString().replaceAll("line=\\d+", ""))
			.toList();
	}

}
