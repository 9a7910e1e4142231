package io.cashpost.statement.bai2;

import java.time.LocalDate;

/**
 * The funds availability of a summary or detail: which fields follow it, and for
 * value-dated funds ({@code V}) the value date. Reading it right is what puts the bank
 * reference, customer reference and text of a detail where they belong.
 *
 * @param code {@code 0}, {@code 1}, {@code 2}, {@code V}, {@code S}, {@code D},
 * {@code Z}, or empty when not given
 * @param valueDate the value date of {@code V}, else {@code null}
 */
record FundsType(String code, LocalDate valueDate) {

	private static final FundsType NONE = new FundsType("", null);

	/** Reads the funds type and the fields that belong to it. */
	static FundsType read(Fields fields) {
		String code = fields.next();
		if (code == null || code.isEmpty()) {
			return NONE;
		}
		switch (code) {
			case "0", "1", "2", "Z" -> {
				return new FundsType(code, null);
			}
			case "V" -> {
				LocalDate date = FieldValues.date(orEmpty(fields.next()), "value date");
				fields.next(); // value time, for reference only
				return new FundsType(code, date);
			}
			case "S" -> {
				for (String what : new String[] { "immediate", "one-day", "two-or-more-day" }) {
					optionalAmount(fields.next(), what + " availability amount");
				}
				return new FundsType(code, null);
			}
			case "D" -> {
				int distributions = FieldValues.count(orEmpty(fields.next()), "number of availability distributions");
				if (distributions < 0) {
					throw new RecordProblem("funds type D without its number of availability distributions");
				}
				for (int i = 0; i < distributions; i++) {
					FieldValues.count(orEmpty(fields.next()), "availability days");
					optionalAmount(fields.next(), "availability amount");
				}
				return new FundsType(code, null);
			}
			default -> throw new RecordProblem("unknown funds type '" + code + "': expected 0, 1, 2, V, S, D or Z");
		}
	}

	private static void optionalAmount(String field, String what) {
		if (field != null && !field.isEmpty()) {
			FieldValues.signedAmount(field, what);
		}
	}

	private static String orEmpty(String field) {
		return (field != null) ? field : "";
	}

}
