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
 * names the columns {@code advice_id}, {@code invoice_number} and {@code paid_amount},
 * separated by commas (or semicolons or tabs, as spreadsheets write CSV in many
 * countries).
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
		return separator(line) != 0;
	}

	/**
	 * The field separator of an advice file's header line: {@code ,}, or {@code ;} and
	 * tab as spreadsheets write CSV in many countries; {@code 0} when the line is no
	 * advice header.
	 */
	static char separator(String headerLine) {
		String header = headerLine.replace("\uFEFF", "").replace("\"", "").toLowerCase(Locale.ROOT);
		for (char separator : new char[] { ',', ';', '\t' }) {
			List<String> columns = List.of(header.split(String.valueOf(separator)))
				.stream()
				.map(String::strip)
				.toList();
			if (columns.containsAll(SIGNATURE)) {
				return separator;
			}
		}
		return 0;
	}

}
