package io.cashpost.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the parts of a decoded cursor back into keys. A part that does not parse means
 * the cursor did not come from this list: answered 400, never 500.
 */
final class Cursors {

	private Cursors() {
	}

	static LocalDate date(String part, String cursor) {
		try {
			return LocalDate.parse(part);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw refused(cursor);
		}
	}

	static Instant instant(String part, String cursor) {
		try {
			return Instant.parse(part);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw refused(cursor);
		}
	}

	static long id(String part, String cursor) {
		try {
			return Long.parseLong(part);
		}
		catch (NumberFormatException ex) {
			throw refused(cursor);
		}
	}

	private static BadRequestException refused(String cursor) {
		return new BadRequestException("'" + cursor + "' is not a cursor this list gave out");
	}

}
