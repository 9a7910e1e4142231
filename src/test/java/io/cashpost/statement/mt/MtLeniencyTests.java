package io.cashpost.statement.mt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementSummary;
import io.cashpost.statement.StatementWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * MT940 read the way banks write it: each leniency, the warning it leaves, and where
 * reading still stops.
 */
class MtLeniencyTests {

	@TempDir
	Path dir;

	@Test
	void aStatementWithoutAccountIsReadWithoutOne() {
		List<StatementPart> parts = read("""
				:20:MT940-20261128
				:28C:00332/001
				:60F:C261127EUR100,00
				:61:2611281128C50,00NTRFNONREF//B-1
				:86:Rechnung INV-1
				:62F:C261128EUR150,00
				-
				""");

		BankTransaction transaction = (BankTransaction) parts.get(0);
		assertThat(transaction.account()).isNull();
		StatementSummary summary = (StatementSummary) parts.get(1);
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.warnings()).extracting(StatementWarning::toString)
			.containsExactly("bank.sta, statement 1, line 1 (:20:): the statement has no account identification "
					+ "(:25:): read without an account");
	}

	@Test
	void statementLinesWithoutTypeAreReadWhereOnlyAReferenceFollows() {
		List<StatementPart> parts = read("""
				:20:STMT
				:25:AT051100000123456789
				:60F:C261125EUR100,00
				:61:2611261126CN220,00//UC-41
				:61:2611261126C30,00NONREF//UC-42
				:62F:C261126EUR350,00
				-
				""");

		assertThat(parts.subList(0, 2)).extracting((part) -> ((BankTransaction) part).bankTransactionCode())
			.containsExactly(null, null);
		assertThat(parts.subList(0, 2)).extracting((part) -> ((BankTransaction) part).entryRef())
			.containsExactly("UC-41", "UC-42");
		assertThat(((StatementSummary) parts.get(2)).warnings()).extracting(StatementWarning::toString)
			.containsExactly("bank.sta, statement 1, line 4 (:61:): the statement line has no transaction type "
					+ "(e.g. NTRF) after its amount: read without one (and 1 more like it in this statement)");
	}

	@Test
	void aStatementLineWhoseTypeCannotBeToldIsStillRefused() {
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read("""
				:20:STMT
				:25:AT051100000123456789
				:60F:C261125EUR100,00
				:61:2611261126D0,42MCI0NONREF//055001
				:62F:C261126EUR99,58
				-
				"""))
			.withMessage("bank.sta, statement 1, line 4 (:61:): transaction type must be N, S or F and "
					+ "3 characters (e.g. NTRF), found 'MCI0NONREF//'");
	}

	@Test
	void onlyALineThatIsExactlyADashEndsAMessage() {
		List<StatementPart> parts = read("""
				:20:P261127000000001
				:25:NL41INGB0004821734EUR
				:60F:C261126EUR100,00
				:61:2611271127C50,00NTRFEREF//7731
				:86:/REMI/USTD//Factuur INV-1402
				-
				- levering week 46/
				:61:2611271127C25,00NTRFEREF//7732
				:86:/REMI/USTD//INV-1407
				-kenmerk 88213/
				:62F:C261127EUR175,00
				-
				""");

		assertThat(((BankTransaction) parts.get(0)).remittance().text())
			.isEqualTo("Factuur INV-1402-- levering week 46");
		assertThat(((BankTransaction) parts.get(1)).remittance().text()).isEqualTo("INV-1407-kenmerk 88213");
		StatementSummary summary = (StatementSummary) parts.get(2);
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.warnings()).extracting(StatementWarning::position)
			.containsExactly("line 6 (:86:)", "line 7 (:86:)");
	}

	@Test
	void aClosingBalanceWithoutCurrencyIsInTheOpeningBalances() {
		List<StatementPart> parts = read("""
				:20:STARTUMS
				:25:1222333444
				:60F:C020315DEM0,00
				:61:0203170320CM5000,00S05168790452
				:62M:C020315105000,00
				:20:STARTUMS
				:25:1222333444
				:60M:C020315DEM105000,00
				:61:020322CM20000,00S051
				:62F:C020315125000,00
				""");

		StatementSummary first = (StatementSummary) parts.get(1);
		assertThat(first.closingBalance()).isEqualByComparingTo("105000.00");
		assertThat(first.currency().getCurrencyCode()).isEqualTo("DEM");
		assertThat(first.balanced()).isFalse();
		assertThat(first.warnings()).extracting(StatementWarning::toString)
			.containsExactly("bank.sta, statement 1, line 5 (:62M:): the closing balance has no currency after its "
					+ "date: read in the opening balance's currency DEM");
		assertThat(((StatementSummary) parts.get(3)).balanced()).isTrue();
	}

	@Test
	void anOpeningBalanceWithoutCurrencyIsStillRefused() {
		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> read("""
				:20:STARTUMS
				:25:1222333444
				:60F:C020315100,00
				:62F:C020315100,00
				"""))
			.withMessage("bank.sta, statement 1, line 3 (:60F:): opening balance has no currency after its date");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{2:I000DEUTDEFFXXXXN}", "{2:IXXXDEUTDEFFXXXXN}", "{2:}" })
	void aPlaceholderMessageTypeLetsTheFieldsTell(String block2) throws IOException {
		Path file = Files.writeString(this.dir.resolve("db.940"), """
				{1:F01DEUTDEFFAXXX0000000000}%s{4:
				:20:DB20261129A1
				:25:50070010/0123456700
				:60F:C261128EUR100,00
				:61:2611291129C20,40NTRFNONREF//DB-451
				:62F:C261129EUR120,40
				-}
				""".formatted(block2));

		assertThat(StatementFiles.detect(file)).isEqualTo(new StatementFormat("MT940", "MT940"));
		List<StatementPart> parts = read(file);
		StatementSummary summary = (StatementSummary) parts.get(1);
		assertThat(summary.balanced()).isTrue();
		assertThat(summary.warnings()).singleElement()
			.extracting(StatementWarning::message)
			.asString()
			.startsWith("the SWIFT application header (" + block2.substring(0, block2.length() - 1))
			.endsWith("carries no message type: the fields tell it");
	}

	@Test
	void anotherMessageTypeIsStillRefused() throws IOException {
		Path file = Files.writeString(this.dir.resolve("mt950.fin"), """
				{1:F01DEUTDEFFAXXX0000000000}{2:I950DEUTDEFFXXXXN}{4:
				:20:DB20261129A1
				:25:50070010/0123456700
				:60F:C261128EUR100,00
				:62F:C261129EUR100,00
				-}
				""");

		assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> StatementFiles.detect(file))
			.withMessageEndingWith("SWIFT MT950 is not a statement format Cashpost reads (MT940, MT942)");
	}

	private static List<StatementPart> read(String content) {
		return read(new Mt940Reader(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "bank.sta"));
	}

	private static List<StatementPart> read(Path file) {
		try (var reader = StatementFiles.open(file)) {
			List<StatementPart> parts = new ArrayList<>();
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
			return parts;
		}
	}

	private static List<StatementPart> read(Mt940Reader reader) {
		try (reader) {
			List<StatementPart> parts = new ArrayList<>();
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
			return parts;
		}
	}

}
