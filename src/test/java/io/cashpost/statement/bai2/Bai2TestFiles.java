package io.cashpost.statement.bai2;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementSummary;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Small BAI2 files for the tests, read the way the pipeline reads them.
 */
final class Bai2TestFiles {

	static final String NAME = "test.bai2";

	/** File header and a USD group as of 3 March 2025. */
	static final String HEADERS = """
			01,HPNBUS33,CASHPOST01,250304,0615,1,80,1,2/
			02,CASHPOST01,071925648,1,250303,2400,USD,2/
			""";

	/** Group and file trailers whose totals and counts are left out, so not checked. */
	static final String TRAILERS = """
			98,,,/
			99,,,/
			""";

	private Bai2TestFiles() {
	}

	/** A file of one group holding the given records, trailers unchecked. */
	static String inGroup(String records) {
		return HEADERS + records + TRAILERS;
	}

	/** A file of one group with one account: an 03 record, the given lines, a 49. */
	static String account(String header03, String... lines) {
		return inGroup(header03 + "\n" + String.join("\n", lines) + "\n49,,/\n");
	}

	static List<StatementPart> read(String content) {
		return read(content.getBytes(StandardCharsets.UTF_8));
	}

	static List<StatementPart> read(byte[] content) {
		List<StatementPart> parts = new ArrayList<>();
		try (Bai2Reader reader = new Bai2Reader(new ByteArrayInputStream(content), NAME)) {
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
		}
		return parts;
	}

	static List<BankTransaction> transactions(String content) {
		return read(content).stream()
			.filter(BankTransaction.class::isInstance)
			.map(BankTransaction.class::cast)
			.toList();
	}

	static BankTransaction transaction(String content) {
		List<BankTransaction> transactions = transactions(content);
		if (transactions.size() != 1) {
			throw new AssertionError("Expected one transaction, got " + transactions);
		}
		return transactions.get(0);
	}

	static List<StatementSummary> summaries(String content) {
		return read(content).stream()
			.filter(StatementSummary.class::isInstance)
			.map(StatementSummary.class::cast)
			.toList();
	}

	/** The message of the refusal, without the file name in front. */
	static String refusal(String content) {
		return refusal(content.getBytes(StandardCharsets.UTF_8));
	}

	static String refusal(byte[] content) {
		StatementReadException refusal = assertThatExceptionOfType(StatementReadException.class)
			.isThrownBy(() -> read(content))
			.actual();
		String message = refusal.getMessage();
		return message.startsWith(NAME + ", ") ? message.substring(NAME.length() + 2) : message;
	}

}
