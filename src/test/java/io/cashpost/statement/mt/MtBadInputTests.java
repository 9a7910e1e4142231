package io.cashpost.statement.mt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Broken files are refused with one message naming the file, the statement and the line.
 */
class MtBadInputTests {

	static final String REPORT = """
			:20:IR250116
			:25:DE89370400440532013000
			:28C:00016
			:34F:EURD0,00
			:13D:2501161130+0100
			:61:2501160116CR4800,00NTRFNONREF//A1
			:61:2501160116DR1150,00NDDTNONREF//A2
			:90D:1EUR1150,00
			:90C:1EUR4800,00
			-
			""";

	@Test
	void brokenStatementLineInTheSecondStatement() {
		assertRefused(MtReaderTests.GERMAN.replace(":61:2501030103RCR250,00", ":61:2501030103RCR250.00"),
				"test.sta, statement 2, line 15 (:61:): transaction type must be N, S or F and 3 characters (e.g. NTRF), found '.00NTRFNONRE'");
	}

	@Test
	void missingOpeningBalance() {
		assertRefused(MtReaderTests.GERMAN.replace(":60F:C250103EUR1150,00\n", ""),
				"test.sta, statement 2, line 14 (:61:): no opening balance (:60F:/:60M:) before the first statement line");
		assertRefused(":20:A\n:25:B\n:62F:C250102EUR1,00\n-\n",
				"test.sta, statement 1, line 1 (:20:): no opening balance (:60F:/:60M:) in the statement starting here");
	}

	@Test
	void truncatedFile() {
		String whole = MtReaderTests.GERMAN;
		assertRefused(whole.substring(0, whole.indexOf(":62F:C250103")),
				"test.sta, statement 2, line 15 (end of file): the file ends inside the statement, without a closing balance (:62F:/:62M:): truncated?");
		assertRefused(whole.substring(0, whole.indexOf("EUR900,00")),
				"test.sta, statement 2, line 16 (:62F:): balance has no currency after its date: 'C250103'");
	}

	@Test
	void amountsThatDoNotParse() {
		assertRefused(MtReaderTests.GERMAN.replace(":62F:C250102EUR1150,00", ":62F:C250102EUR1.150,00"),
				"test.sta, statement 1, line 9 (:62F:): amount '1.150,00' is not a SWIFT amount (digits with a decimal comma)");
		assertRefused(MtReaderTests.GERMAN.replace(":60F:C250102EUR", ":60F:C250102XYZ"),
				"test.sta, statement 1, line 4 (:60F:): 'XYZ' is not an ISO 4217 currency code");
	}

	@Test
	void misplacedFields() {
		assertRefused(
				MtReaderTests.GERMAN.replace(":62F:C250103EUR900,00",
						":62F:C250103EUR900,00\n:61:2501030103CR1,00NTRFNONREF"),
				"test.sta, statement 2, line 17 (:61:): statement line after the closing balance");
		assertRefused(":60F:C250102EUR1,00\n",
				"test.sta, line 1 (:60F:): field outside a statement: no :20: before it");
		assertRefused(":20:A\n:25:B\n:25:C\n",
				"test.sta, statement 1, line 3 (:25:): a second account identification (:25:) in one statement");
		assertRefused("{1:F01X}{2:O950X}{4:\n:20:A\n-}",
				"test.sta, line 2 (:20:): the envelope declares message type 950, not MT940 or MT942");
	}

	@Test
	void noStatementAtAll() {
		assertRefused("", "test.sta, line 0 (end of file): no MT940 or MT942 statement in the file (no :20: field)");
		assertRefused("%PDF-1.4\n",
				"test.sta, line 1 (end of file): no MT940 or MT942 statement in the file (no :20: field)");
	}

	@Test
	void reportTotalsThatDisagreeWithTheEntries() {
		assertRefused(REPORT.replace(":90D:1EUR1150,00", ":90D:2EUR1150,00"),
				"test.sta, statement 1, line 8 (:90D:): states 2 debit entries for EUR 1150.00, the report holds 1 for EUR 1150.00");
		assertRefused(REPORT.replace(":90C:1EUR4800,00", ":90C:1EUR4800,01"),
				"test.sta, statement 1, line 9 (:90C:): states 1 credit entries for EUR 4800.01, the report holds 1 for EUR 4800.00");
	}

	@Test
	void unreadableStream() {
		InputStream failing = new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("disk gone");
			}
		};
		assertThatExceptionOfType(StatementReadException.class)
			.isThrownBy(() -> new Mt940Reader(failing, "test.sta").next())
			.withMessage("test.sta, line 0: cannot be read: disk gone");
	}

	private static void assertRefused(String content, String message) {
		Mt940Reader reader = new Mt940Reader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
				"test.sta");
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> {
			try (reader) {
				for (StatementPart part = reader.next(); part != null; part = reader.next()) {
					// read to the end
				}
			}
		}).withMessage(message);
	}

}
