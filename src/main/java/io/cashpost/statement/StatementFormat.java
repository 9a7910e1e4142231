package io.cashpost.statement;

/**
 * A statement format and its version, as a treasury engineer names it.
 *
 * @param family the message family, e.g. {@code camt.053}, {@code MT940}, {@code BAI2}
 * @param version the full message identifier, e.g. {@code camt.053.001.08}; equal to the
 * family where the format has no versions
 */
public record StatementFormat(String family, String version) {

	@Override
	public String toString() {
		return this.version;
	}

}
