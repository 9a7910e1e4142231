package io.cashpost.settlement.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.settlement.SettlementReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRecordsTests {

	@TempDir
	Path dir;

	@Test
	void recordsKnowTheLineTheyStartOnAcrossQuotedLineBreaks() throws IOException {
		List<CsvRecords.Record> records = read("\uFEFFa,\"b\nc\",d\n\ne,f\n");
		assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1L, 4L);
		assertThat(records.get(0).fields()).containsExactly("a", "b\nc", "d");
		assertThat(records.get(1).field(5)).isEmpty();
	}

	@Test
	void aQuoteNeverClosedStopsReadingNamingTheLineItOpenedOn() {
		assertThatExceptionOfType(SettlementReadException.class).isThrownBy(() -> read("a,b\nc,\"d\ne\n"))
			.withMessage("r.csv, line 2: a quoted field opened here is never closed");
	}

	@Test
	void amountsAreReadExactlyAndOnlyWhereUnambiguous() {
		assertThat(Amounts.parse("1,234.56", false)).isEqualByComparingTo("1234.56");
		assertThat(Amounts.parse(".11", false)).isEqualByComparingTo("0.11");
		assertThat(Amounts.parse("-0.03", false)).isEqualByComparingTo("-0.03");
		assertThat(Amounts.parse("1.234,56", true)).isEqualByComparingTo("1234.56");
		assertThat(Amounts.parse("", false)).isNull();
		for (String bad : List.of("1.234,56", "1,23", "12a", "-", "1e3")) {
			assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> Amounts.parse(bad, false));
		}
	}

	private List<CsvRecords.Record> read(String content) throws IOException {
		Path file = Files.writeString(this.dir.resolve("r.csv"), content, StandardCharsets.UTF_8);
		List<CsvRecords.Record> records = new ArrayList<>();
		try (CsvRecords csv = CsvRecords.open(file, "r.csv", ',')) {
			for (CsvRecords.Record record = csv.next(); record != null; record = csv.next()) {
				records.add(record);
			}
		}
		return records;
	}

}
