package io.cashpost.statement.bai2;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementSummary;

import static io.cashpost.statement.bai2.Bai2ReaderTests.ONE_ACCOUNT;
import static io.cashpost.statement.bai2.Bai2TestFiles.account;
import static io.cashpost.statement.bai2.Bai2TestFiles.read;
import static io.cashpost.statement.bai2.Bai2TestFiles.refusal;
import static io.cashpost.statement.bai2.Bai2TestFiles.summaries;
import static io.cashpost.statement.bai2.Bai2TestFiles.transaction;
import static io.cashpost.statement.bai2.Bai2TestFiles.transactions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How records sit on physical lines, and how the bytes are decoded: padded lines, no
 * delimiters, several records on a line, a record over several lines, line endings and
 * character sets.
 */
class Bai2PhysicalLayoutTests {

	private static final List<String> EXPECTED = List.of("credit USD 150.00 line 4", "debit USD -25.00 line 5");

	@Test
	void linesPaddedToAFixedLength() {
		String padded = ONE_ACCOUNT.lines().map((line) -> String.format("%-80s", line)).collect(lines());
		assertThat(described(padded)).isEqualTo(EXPECTED);
		assertThat(transactions(padded).get(1).remittance().unstructured()).containsExactly("CHECK 1001");
	}

	@Test
	void recordsWithoutTheSlashEndAtTheEndOfTheirLine() {
		String file = ONE_ACCOUNT.replace("/\n", "\n");
		assertThat(described(file)).isEqualTo(EXPECTED);
		BankTransaction transaction = transaction(
				account("03,1,USD,,,,,060,0,,", "16,447,60000,,SPB23229,1111,ACH Credit Payment,SEC: CCD, Ref: 1111",
						"88,EREF: 1111", "88,DBNM: TEST INC"));
		assertThat(transaction.remittance().unstructured()).containsExactly("ACH Credit Payment,SEC: CCD, Ref: 1111",
				"EREF: 1111", "DBNM: TEST INC");
	}

	@Test
	void severalRecordsOnOneLine() {
		String file = """
				01,HPNBUS33,CASHPOST01,250304,0615,1,80,1,2/   02,CASHPOST01,071925648,1,250303,2400,USD,2/
				03,1234567890,USD,010,100000,,,015,112500,,/16,165,15000,0,250303000123,INV-1001,ACH CREDIT ORIG CO NAME:BLUE RIDGE FOODS/ 16,475,2500,,0003021,1001,CHECK 1001/
				49,230000,4/ 98,230000,1,6/ 99,230000,1,8/
				""";
		assertThat(described(file)).containsExactly("credit USD 150.00 line 2", "debit USD -25.00 line 2");
	}

	@Test
	void aFileWithoutLineBreaks() {
		String file = ONE_ACCOUNT.lines().map((line) -> String.format("%-80s", line)).collect(Collectors.joining());
		assertThat(described(file)).containsExactly("credit USD 150.00 line 1", "debit USD -25.00 line 1");
	}

	@Test
	void aLongFileWithoutLineBreaksIsReadInPieces() {
		StringBuilder file = new StringBuilder("01,A,B,250304,0615,1,,,2/02,B,C,1,250303,2400,USD,2/03,1,,/");
		for (int i = 0; i < 5000; i++) {
			file.append("16,165,100,,REF").append(i).append(",,TEXT ").append(i).append("/");
		}
		file.append("49,500000,5002/98,500000,1,5004/99,500000,1,5006/");
		List<BankTransaction> transactions = transactions(file.toString());
		assertThat(transactions).hasSize(5000);
		assertThat(transactions.get(4999).entryRef()).isEqualTo("REF4999");
		assertThat(transactions.get(4999).remittance().unstructured()).containsExactly("TEXT 4999");
	}

	@Test
	void aRecordOverTwoLines() {
		BankTransaction transaction = transaction(account("03,1,,/", "16,142,2500,Z,,,111111     ACH_SETL",
				"111111111111111        /", "88,       1111111111/"));
		assertThat(transaction.remittance().unstructured()).containsExactly("111111     ACH_SETL111111111111111",
				"1111111111");
	}

	@Test
	void lineEndingsOfEveryKind() {
		assertThat(described(ONE_ACCOUNT.replace("\n", "\r\n"))).isEqualTo(EXPECTED);
		assertThat(described(ONE_ACCOUNT.replace("\n", "\r"))).isEqualTo(EXPECTED);
	}

	@Test
	void blankLinesAndAnEndOfFileMarkerAreIgnored() {
		assertThat(described(ONE_ACCOUNT.replace("\n49,", "\n\n   \n49,") + "\n\u001a")).isEqualTo(EXPECTED);
	}

	@Test
	void utf8WithAndWithoutByteOrderMark() {
		String file = account("03,1,,/", "16,195,100,,,,WIRE FROM CAFÉ RENÉ – MÜNCHEN/");
		byte[] utf8 = file.getBytes(StandardCharsets.UTF_8);
		assertThat(text(utf8)).isEqualTo("WIRE FROM CAFÉ RENÉ – MÜNCHEN");
		assertThat(text(concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8)))
			.isEqualTo("WIRE FROM CAFÉ RENÉ – MÜNCHEN");
	}

	@Test
	void windows1252AndIso88591() {
		String file = account("03,1,,/", "16,195,100,,,,“CAFÉ RENÉ” PAYMENT/");
		assertThat(text(file.getBytes(Charset.forName("windows-1252")))).isEqualTo("“CAFÉ RENÉ” PAYMENT");
		String latin1 = account("03,1,,/", "16,195,100,,,,CAFÉ RENÉ PAYMENT/");
		assertThat(text(latin1.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("CAFÉ RENÉ PAYMENT");
	}

	@Test
	void aLineThatIsNoRecordIsRefused() {
		assertThat(refusal("HELLO\n"))
			.isEqualTo("line 1: expected a record (a two-digit record code and a comma), " + "found 'HELLO'");
	}

	@Test
	void positionsNameTheLineWhereTheRecordStarts() {
		List<StatementSummary> summaries = summaries(ONE_ACCOUNT.replace("\n16,475", "\n\n\n16,475"));
		assertThat(summaries.get(0).line()).isEqualTo(3);
		assertThat(transactions(ONE_ACCOUNT.replace("\n16,475", "\n\n\n16,475")).get(1).line()).isEqualTo(7);
	}

	private static List<String> described(String file) {
		return read(file).stream()
			.filter(BankTransaction.class::isInstance)
			.map(BankTransaction.class::cast)
			.map((t) -> (t.isCredit() ? "credit " : "debit ") + t.amount() + " line " + t.line())
			.toList();
	}

	private static String text(byte[] file) {
		BankTransaction transaction = (BankTransaction) read(file).get(0);
		return transaction.remittance().text();
	}

	private static byte[] concat(byte[] first, byte[] second) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(first);
		out.writeBytes(second);
		return out.toByteArray();
	}

	private static java.util.stream.Collector<CharSequence, ?, String> lines() {
		return Collectors.joining("\n", "", "\n");
	}

}
