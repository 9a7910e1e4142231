package io.cashpost.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;

/**
 * How a list request pages. {@code limit} is 50 unless given, at most 1000; a CSV export
 * ({@code Accept: text/csv}) without a limit takes up to 100,000 rows at once. Cursors
 * are opaque to clients: the key of the last row, base64url.
 *
 * @param limit rows per page
 * @param cursor the decoded cursor, or {@code null} for the first page
 */
record Paging(int limit, List<String> cursor) {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 1000;

	static final int MAX_CSV_ROWS = 100_000;

	private static final char SEPARATOR = '\u001f';

	static Paging of(Integer limit, String cursor, HttpServletRequest request) {
		boolean csv = wantsCsv(request);
		if (limit != null && (limit < 1 || limit > (csv ? MAX_CSV_ROWS : MAX_LIMIT))) {
			throw new BadRequestException(
					"limit is 1 to " + (csv ? MAX_CSV_ROWS : MAX_LIMIT) + (csv ? " for CSV" : "") + ", not " + limit);
		}
		int rows = (limit != null) ? limit : (csv ? MAX_CSV_ROWS : DEFAULT_LIMIT);
		return new Paging(rows, (cursor == null || cursor.isBlank()) ? null : decode(cursor));
	}

	static boolean wantsCsv(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null) {
			return false;
		}
		return MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch((type) -> type.isCompatibleWith(CsvListingConverter.CSV) && !type.isWildcardType()
					&& !type.isWildcardSubtype());
	}

	/**
	 * How many rows to fetch: one more than the page, to know whether another follows.
	 */
	int fetch() {
		return this.limit + 1;
	}

	String cursorPart(int index) {
		return (this.cursor != null && index < this.cursor.size()) ? this.cursor.get(index) : null;
	}

	static String cursor(String... parts) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join(String.valueOf(SEPARATOR), parts).getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			return List.of(text.split(String.valueOf(SEPARATOR), -1));
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException("'" + cursor + "' is not a cursor this list gave out");
		}
	}

}
