package io.cashpost.remittance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a remittance advice file is, and its reader. An advice file is a CSV whose header
 * names the columns {@code advice_id}, {@code invoice_number} and {@code paid_amount}.
 */
public final class AdviceFiles {

	/** The format name files and outcomes show. */
	public static final String FORMAT = "remittance-advice";

	private static final Set<String> SIGNATURE = Set.of(AdviceCsvReader.ADVICE_ID, AdviceCsvReader.INVOICE_NUMBER,
			AdviceCsvReader.PAID_AMOUNT);

	private AdviceFiles() {
	}

	/**
	 * Whether the file is a remittance advice, told by its first non-empty line. A file
	 * that cannot be read is no advice: the statement readers say why.
	 */
	public static boolean isAdvice(Path file) {
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			for (int i = 0; i < 5; i++) {
				String line = reader.readLine();
				if (line == null) {
					return false;
				}
				if (!line.isBlank()) {
					return isHeader(line);
				}
			}
			return false;
		}
		catch (IOException | RuntimeException ex) {
			// not text, or not UTF-8: not an advice
			return false;
		}
	}

	/**
	 * Reads and checks the whole file.
	 * @param name the file's name as messages give it
	 * @throws AdviceReadException naming the line, when a column is missing, a field
	 * cannot be read, or an advice's lines do not add up to its amount
	 */
	public static List<RemittanceAdvice> read(Path file, String name) {
		return new AdviceCsvReader(file, name).read();
	}

	private static boolean isHeader(String line) {
		String header = line.replace("\uFEFF", "").replace("\"", "").toLowerCase(Locale.ROOT);
		List<String> columns = List.of(header.split(",")).stream().map(String::strip).toList();
		return columns.containsAll(SIGNATURE);
	}

}
