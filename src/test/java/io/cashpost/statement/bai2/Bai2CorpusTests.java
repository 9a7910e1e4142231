package io.cashpost.statement.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads every public BAI2 file of {@code ../shared/bank-files/bai2} (see its README and
 * SOURCES.tsv) with an explicit expectation for each: the entries and balance verdict of
 * every account, or the precise refusal of a file that really is broken. Their
 * {@code observed} column is not the truth: it saw mismatches in sample3 that a careful
 * read does not find (two records share a line there).
 */
class Bai2CorpusTests {

	private static final Path CORPUS = Path.of("..", "shared", "bank-files", "bai2");

	private static final Map<String, Expectation> EXPECTATIONS = Map.of(
			// Two accounts with the same number; no 010/015 to balance.
			"moov__sample1.txt", read(entries(11, 6), verdicts(null, null)),
			// Three groups, summaries continued mid-field by 88s, funds types S, V, D.
			"moov__sample2.txt", read(entries(1, 1, 2, 0, 0), verdicts(null, null, null, null, null)),
			// Several records on one line, a record over two lines; every account
			// balances.
			"moov__sample3.txt",
			read(entries(6, 0, 0, 2, 0, 0, 0, 6, 4, 8, 0, 0, 0, 0, 0),
					verdicts(true, true, true, true, true, true, true, true, true, true, true, true, true, true, true)),
			// The 49 of the second account was not updated when its details were edited.
			"moov__sample4-continuations-newline-delimited.txt",
			refused("line 22 (record 49): account 107049932: the account control total is -1260161341762 in the "
					+ "trailer, but the amounts of its 03 and 16 records add up to 7999960"),
			"moov__sample5-issue113.txt",
			refused("line 22 (record 49): account 107049932: the account control total is -1260161341762 in the "
					+ "trailer, but the amounts of its 03 and 16 records add up to 7999960"),
			// Deliberately invalid: record code 00.
			"moov__sample-parseError.txt",
			refused("line 1 (record 00): expected the file header (01): a BAI2 file starts with one"));

	@TestFactory
	Stream<DynamicTest> eachPublicFileIsReadOrRefusedAsExpected() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(CORPUS),
				() -> "Skipped: the public bank files are not at " + CORPUS.toAbsolutePath().normalize());
		List<Path> files;
		try (Stream<Path> listing = Files.list(CORPUS)) {
			files = listing.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().matches("README.*|SOURCES.*"))
				.sorted()
				.toList();
		}
		return files.stream().map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws IOException {
		String name = file.getFileName().toString();
		Expectation expectation = EXPECTATIONS.get(name);
		assertThat(expectation).as("an expectation for the corpus file %s", name).isNotNull();
		if (expectation.refusal() != null) {
			assertThatExceptionOfType(StatementReadException.class).isThrownBy(() -> summaries(file))
				.withMessage(name + ", " + expectation.refusal());
			return;
		}
		List<StatementSummary> summaries = summaries(file);
		assertThat(summaries).extracting(StatementSummary::entries).containsExactlyElementsOf(expectation.entries());
		assertThat(summaries).extracting(StatementSummary::balanced).containsExactlyElementsOf(expectation.balanced());
	}

	private static List<StatementSummary> summaries(Path file) throws IOException {
		List<StatementSummary> summaries = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file);
				Bai2Reader reader = new Bai2Reader(in, file.getFileName().toString())) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof StatementSummary summary) {
					summaries.add(summary);
				}
			}
		}
		return summaries;
	}

	private static Expectation read(List<Integer> entries, List<Boolean> balanced) {
		return new Expectation(entries, balanced, null);
	}

	private static Expectation refused(String refusal) {
		return new Expectation(List.of(), List.of(), refusal);
	}

	private static List<Integer> entries(Integer... entries) {
		return List.of(entries);
	}

	private static List<Boolean> verdicts(Boolean... verdicts) {
		return Collections.unmodifiableList(Arrays.asList(verdicts));
	}

	/**
	 * Per account in file order, its number of entries and balance verdict; or the
	 * refusal.
	 */
	private record Expectation(List<Integer> entries, List<Boolean> balanced, String refusal) {

	}

}
