package io.cashpost.statement.mt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the reader over every public MT940/MT942 file in {@code ../shared/bank-files} (see
 * its README and SOURCES.tsv): each file has an explicit expectation, judged against the
 * file itself. A whole statement file is read with its statement count, entry count and
 * balance verdict per statement; a fragment or a broken file is refused with the exact
 * message. Skipped when the folder is absent.
 */
class MtCorpusTests {

	private static final Path CORPUS = Path.of("../shared/bank-files");

	private static final Map<String, String> EXPECTED = expectations();

	@TestFactory
	Stream<DynamicTest> readsEveryCorpusFileAsExpected() throws IOException {
		List<Path> files = corpusFiles();
		return files.stream()
			.map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(),
					() -> assertThat(describe(file)).isEqualTo(EXPECTED.get(file.getFileName().toString()))));
	}

	@Test
	void everyCorpusFileHasAnExpectation() throws IOException {
		List<Path> files = corpusFiles();
		List<String> names = files.stream().map((file) -> file.getFileName().toString()).toList();
		assertThat(new TreeSet<>(names)).isEqualTo(new TreeSet<>(EXPECTED.keySet()));
		List<String> failing = new ArrayList<>();
		for (Path file : files) {
			String actual = describe(file);
			if (!actual.equals(EXPECTED.get(file.getFileName().toString()))) {
				failing.add(file.getFileName() + ": " + actual);
			}
		}
		System.out.printf("MT940/MT942 corpus: %d of %d files as expected%n", files.size() - failing.size(),
				files.size());
		failing.forEach((line) -> System.out.println("  not as expected: " + line));
	}

	private static List<Path> corpusFiles() throws IOException {
		assumeTrue(Files.isDirectory(CORPUS), "../shared/bank-files is absent: the MT940/MT942 corpus test is skipped");
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("mt940", "mt942")) {
			try (Stream<Path> listing = Files.list(CORPUS.resolve(folder))) {
				listing.sorted().forEach(files::add);
			}
		}
		return files;
	}

	/**
	 * What reading the file gives, in one line: {@code 2 statements, 11 entries, balanced
	 * [true, false]} or {@code refused after 2 statements: <position>: <problem>}.
	 */
	static String describe(Path file) throws IOException {
		String name = file.getFileName().toString();
		int statements = 0;
		int entries = 0;
		List<Boolean> balanced = new ArrayList<>();
		try (Mt940Reader reader = new Mt940Reader(Files.newInputStream(file), name)) {
			String format = reader.format().version();
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof StatementSummary summary) {
					statements++;
					entries += summary.entries();
					balanced.add(summary.balanced());
				}
			}
			return format + ": " + statements + " statements, " + entries + " entries, balanced " + runs(balanced);
		}
		catch (StatementReadException ex) {
			return "refused after " + statements + " statements: " + ex.getMessage().substring(name.length() + 2);
		}
	}

	/** Verdicts with runs folded: {@code [true x31]}, {@code [true, false]}. */
	private static String runs(List<Boolean> verdicts) {
		List<String> runs = new ArrayList<>();
		int i = 0;
		while (i < verdicts.size()) {
			int j = i;
			while (j < verdicts.size() && Objects.equals(verdicts.get(j), verdicts.get(i))) {
				j++;
			}
			runs.add(verdicts.get(i) + ((j - i > 1) ? " x" + (j - i) : ""));
			i = j;
		}
		return runs.toString();
	}

	private static Map<String, String> expectations() {
		Map<String, String> expected = new TreeMap<>();
		expected.put("oca-10-base__test-ing.940", "MT940: 1 statements, 8 entries, balanced [true]");
		expected.put("oca-10-base__test-rabo.swi", "MT940: 4 statements, 2 entries, balanced [true x4]");
		// a trimmed fixture: its third statement stops without :62F:
		expected.put("oca-10-base__test-sns.940",
				"refused after 2 statements: statement 3, line 78 (end of message): no closing balance (:62F:/:62M:)");
		expected.put("oca-10-base__test-wrong-file.940", "MT940: 1 statements, 1 entries, balanced [true]");
		expected.put("oca-10-mollie__Voorbeeld MT-940.mt940", "MT940: 1 statements, 21 entries, balanced [true]");
		expected.put("oca-10-nling__test-ing-old.940", "MT940: 1 statements, 8 entries, balanced [true]");
		expected.put("oca-10-nling__test-ing.940", "MT940: 1 statements, 8 entries, balanced [true]");
		expected.put("oca-10-nlrabo__test-rabo.swi", "MT940: 4 statements, 2 entries, balanced [true x4]");
		expected.put("wolph-ASNB__mt940.txt", "MT940: 31 statements, 8 entries, balanced [true x31]");
		expected.put("wolph-ASNB__mt940_with_spaces_for_entry_date.txt",
				"MT940: 31 statements, 8 entries, balanced [true x31]");
		// field-level fragments, not statements
		expected.put("wolph-betterplace__amount_formats.sta",
				"refused after 0 statements: line 1 (:60F:): field outside a statement: no :20: before it");
		expected.put("wolph-betterplace__currency_in_25.sta",
				"refused after 0 statements: line 1 (:25:): field outside a statement: no :20: before it");
		expected.put("wolph-betterplace__empty_86.sta",
				"refused after 0 statements: line 1 (:86:): field outside a statement: no :20: before it");
		expected.put("wolph-betterplace__empty_entry_date.sta",
				"refused after 0 statements: line 1 (:61:): field outside a statement: no :20: before it");
		// statements cut down to their first fields
		expected.put("wolph-betterplace__empty_line.sta",
				"refused after 0 statements: statement 1, line 2 (:20:): no opening balance (:60F:/:60M:) in the statement starting here");
		expected.put("wolph-betterplace__missing_crlf_at_end.sta",
				"refused after 0 statements: line 1 (:62F:): field outside a statement: no :20: before it");
		expected.put("wolph-betterplace__sepa_mt9401.sta", "MT940: 26 statements, 97 entries, balanced [true x26]");
		expected.put("wolph-betterplace__sepa_snippet.sta", "MT940: 2 statements, 11 entries, balanced [true, false]");
		// its :86: was replaced by a second :25:
		expected.put("wolph-betterplace__sepa_snippet_broken.sta",
				"refused after 0 statements: statement 1, line 6 (:25:): a second account identification (:25:) in one statement");
		expected.put("wolph-betterplace__with_binary_character.sta",
				"MT940: 2 statements, 4 entries, balanced [true x2]");
		expected.put("wolph-citi__mt940.txt", "MT940: 1 statements, 5 entries, balanced [true]");
		expected.put("wolph-cmxl__account_balance_credit.sta",
				"refused after 0 statements: line 1 (:60F:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__account_balance_debit.sta",
				"refused after 0 statements: line 1 (:60F:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__account_identification_iban.sta",
				"refused after 0 statements: line 1 (:25:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__account_identification_legacy.sta",
				"refused after 0 statements: line 1 (:25:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__available_balance.sta",
				"refused after 0 statements: line 1 (:64:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__closing_balance.sta",
				"refused after 0 statements: line 1 (:62F:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__mt940.sta", "MT940: 3 statements, 16 entries, balanced [true x3]");
		expected.put("wolph-cmxl__reference.sta",
				"refused after 0 statements: statement 1, line 1 (:20:): no opening balance (:60F:/:60M:) in the statement starting here");
		expected.put("wolph-cmxl__statement_details.sta",
				"refused after 0 statements: line 1 (:61:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__statement_line.sta",
				"refused after 0 statements: line 1 (:61:): field outside a statement: no :20: before it");
		expected.put("wolph-cmxl__statement_number.sta",
				"refused after 0 statements: line 1 (:28C:): field outside a statement: no :20: before it");
		// trimmed fixtures whose balances no longer add up are read, with the verdict
		// false
		expected.put("wolph-jejik__abnamro.sta", "MT940: 2 statements, 10 entries, balanced [false x2]");
		expected.put("wolph-jejik__generic.sta", "MT940: 2 statements, 2 entries, balanced [true x2]");
		expected.put("wolph-jejik__ing.sta", "MT940: 1 statements, 7 entries, balanced [false]");
		expected.put("wolph-jejik__knab.sta", "MT940: 2 statements, 3 entries, balanced [true, false]");
		expected.put("wolph-jejik__postfinance.sta", "MT940: 2 statements, 4 entries, balanced [true, false]");
		expected.put("wolph-jejik__rabobank-iban.sta", "MT940: 2 statements, 4 entries, balanced [true x2]");
		expected.put("wolph-jejik__rabobank.sta",
				"MT940: 4 statements, 5 entries, balanced [false, true, false, true]");
		expected.put("wolph-jejik__sns.sta", "MT940: 2 statements, 2 entries, balanced [true x2]");
		expected.put("wolph-jejik__triodos.sta", "MT940: 1 statements, 2 entries, balanced [false]");
		expected.put("wolph-mBank__mt940.sta", "MT940: 1 statements, 3 entries, balanced [true]");
		expected.put("wolph-mBank__with_newline_in_tnr.sta", "MT940: 1 statements, 2 entries, balanced [false]");
		expected.put("wolph-sberbank__171011_01234945.sta", "MT940: 1 statements, 3 entries, balanced [true]");
		expected.put("wolph-self-provided__account_identification.sta",
				"refused after 0 statements: statement 1, line 1 (:20:): no opening balance (:60F:/:60M:) in the statement starting here");
		expected.put("wolph-self-provided__details_60-63.sta", "MT940: 1 statements, 1 entries, balanced [false]");
		expected.put("wolph-self-provided__empty_non_swift.sta",
				"refused after 0 statements: line 1 (end of file): no MT940 or MT942 statement in the file (no :20: field)");
		expected.put("wolph-self-provided__february_30.sta", "MT940: 1 statements, 1 entries, balanced [true]");
		// ends after a :61: without closing balance
		expected.put("wolph-self-provided__gv_codes.sta",
				"refused after 0 statements: statement 1, line 8 (end of file): the file ends inside the statement, without a closing balance (:62F:/:62M:): truncated?");
		expected.put("wolph-self-provided__invalid_statement.sta",
				"refused after 0 statements: line 10 (end of file): no MT940 or MT942 statement in the file (no :20: field)");
		expected.put("wolph-self-provided__long_statement_number.sta",
				"MT940: 1 statements, 0 entries, balanced [true]");
		expected.put("wolph-self-provided__malformed_details.sta", "MT940: 1 statements, 1 entries, balanced [false]");
		// a stray :61: after the statement's trailer
		expected.put("wolph-self-provided__multiline.sta",
				"refused after 1 statements: line 38 (:61:): field outside a statement: no :20: before it");
		expected.put("wolph-self-provided__overly_long_details.sta",
				"MT940: 1 statements, 1 entries, balanced [false]");
		expected.put("wolph-self-provided__raiffeisen-cmi.sta", "MT940: 1 statements, 7 entries, balanced [false]");
		// closing balances without currency: read in the opening balance's, and they add
		// up
		expected.put("wolph-self-provided__raphaelm.sta", "MT940: 3 statements, 9 entries, balanced [true x3]");
		expected.put("wolph-self-provided__sparkassen.sta",
				"refused after 0 statements: line 1 (:61:): field outside a statement: no :20: before it");
		expected.put("wolph-self-provided__transaction_details_wrapped.sta",
				"MT940: 1 statements, 1 entries, balanced [true]");
		expected.put("wolph-self-provided__whitespace.sta", "MT940: 1 statements, 1 entries, balanced [false]");
		expected.put("wolph-self-provided__wrapped_timestamp.sta", "MT940: 1 statements, 1 entries, balanced [true]");
		expected.put("wolph-mBank__mt942.sta", "MT942: 1 statements, 3 entries, balanced [null]");
		// transaction type MCI0: SWIFT allows only N, S or F (its :90D: disagrees too)
		expected.put("wolph-self-provided__mt942.sta",
				"refused after 0 statements: statement 1, line 7 (:61:): transaction type must be N, S or F and 3 characters (e.g. NTRF), found 'MCI0NONREF//'");
		return expected;
	}

}
