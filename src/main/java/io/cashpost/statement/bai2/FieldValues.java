package io.cashpost.statement.bai2;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads BAI2 field values: amounts are whole numbers of the currency's minor unit (no
 * decimal point), dates are {@code YYMMDD} in this century.
 */
final class FieldValues {

	private static final int MAX_DIGITS = 18;

	private FieldValues() {
	}

	/** A detail amount: digits only, never signed but for a redundant {@code +}. */
	static long unsignedAmount(String field, String what) {
		if (field.startsWith("-")) {
			throw new RecordProblem(what + " '" + field + "' is negative; BAI2 detail amounts are unsigned");
		}
		return signedAmount(field, what);
	}

	/** A summary amount or a control total, with an optional sign. */
	static long signedAmount(String field, String what) {
		int start = 0;
		boolean negative = false;
		if (!field.isEmpty() && (field.charAt(0) == '+' || field.charAt(0) == '-')) {
			negative = field.charAt(0) == '-';
			start = 1;
		}
		while (start < field.length() - 1 && field.charAt(start) == '0') {
			start++;
		}
		int digits = field.length() - start;
		if (digits == 0 || digits > MAX_DIGITS) {
			throw malformed(field, what);
		}
		long value = 0;
		for (int i = start; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c < '0' || c > '9') {
				throw malformed(field, what);
			}
			value = value * 10 + (c - '0');
		}
		return negative ? -value : value;
	}

	private static RecordProblem malformed(String field, String what) {
		return new RecordProblem("malformed " + what + " '" + field
				+ "': BAI2 amounts are whole numbers of the currency's minor unit, up to " + MAX_DIGITS + " digits");
	}

	/** A whole number such as a count; {@code -1} when the field is empty. */
	static int count(String field, String what) {
		if (field == null || field.isEmpty()) {
			return -1;
		}
		if (field.length() > 9) {
			throw new RecordProblem("malformed " + what + " '" + field + "'");
		}
		for (int i = 0; i < field.length(); i++) {
			if (field.charAt(i) < '0' || field.charAt(i) > '9') {
				throw new RecordProblem("malformed " + what + " '" + field + "'");
			}
		}
		return Integer.parseInt(field);
	}

	/** A {@code YYMMDD} date, or {@code null} when the field is empty. */
	static LocalDate date(String field, String what) {
		if (field == null || field.isEmpty()) {
			return null;
		}
		if (field.length() != 6 || count(field, what) < 0) {
			throw new RecordProblem("malformed " + what + " '" + field + "': expected YYMMDD");
		}
		try {
			return LocalDate.of(2000 + Integer.parseInt(field.substring(0, 2)), Integer.parseInt(field.substring(2, 4)),
					Integer.parseInt(field.substring(4, 6)));
		}
		catch (DateTimeException ex) {
			throw new RecordProblem("malformed " + what + " '" + field + "': no such date");
		}
	}

}
