package io.cashpost.invoice;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRecordReaderTests {

	@Test
	void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
		List<CsvRecord> records = read("a,\"b, \"\"c\"\"\",\"d\ne\"\nf,g,h\n");
		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b, \"c\"", "d\ne"), List.of("f", "g", "h"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 3L);
		assertThat(records).extracting(CsvRecord::problem).containsOnlyNulls();
	}

	@Test
	void linesEndWithCrLfOrLfAndTheLastMayHaveNoEnd() throws IOException {
		List<CsvRecord> records = read("a,b\r\nc,d\ne,f");
		assertThat(records).extracting(CsvRecord::fields)
			.containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aCrLfInsideQuotesCountsAsOneLine() throws IOException {
		List<CsvRecord> records = read("\"x\r\ny\",1\r\nz,2\r\n");
		assertThat(records.get(0).fields()).containsExactly("x\r\ny", "1");
		assertThat(records.get(1).line()).isEqualTo(3);
	}

	@Test
	void skipsAByteOrderMarkAndEmptyLines() throws IOException {
		List<CsvRecord> records = read("\uFEFFa,b\n\n\r\nc,d\n\n");
		assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("c", "d"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 4L);
	}

	@Test
	void keepsEmptyFields() throws IOException {
		assertThat(read(",a,,\"\",\n").get(0).fields()).containsExactly("", "a", "", "", "");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsAProblemOfThatRecordOnly() throws IOException {
		List<CsvRecord> records = read("a,b\"c\nd,e\n");
		assertThat(records.get(0).problem()).startsWith("a quote inside an unquoted field");
		assertThat(records.get(1).fields()).containsExactly("d", "e");
		assertThat(records.get(1).problem()).isNull();
	}

	@Test
	void textAfterAClosingQuoteStopsReadingAndNamesTheLine() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\n\"ab\"c,d\ne,f\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageStartingWith("text after a closing quote");
	}

	@Test
	void aQuoteNeverClosedStopsReadingAndNamesTheLineItOpenedOn() {
		assertThatExceptionOfType(CsvSyntaxException.class).isThrownBy(() -> read("a,b\nc,\"d\ne\nf\n"))
			.satisfies((ex) -> assertThat(ex.line()).isEqualTo(2))
			.withMessageContaining("never closed");
	}

	private static List<CsvRecord> read(String csv) throws IOException {
		List<CsvRecord> records = new ArrayList<>();
		try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv))) {
			for (CsvRecord record = reader.read(); record != null; record = reader.read()) {
				records.add(record);
			}
		}
		return records;
	}

}
