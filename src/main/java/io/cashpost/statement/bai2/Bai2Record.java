package io.cashpost.statement.bai2;

import java.util.List;

/**
 * One logical BAI2 record: the record as written plus the continuation records (88) that
 * follow it, each continuing its fields.
 *
 * @param code the record code, e.g. 16
 * @param segments the record's body, then each continuation's body
 * @param line the line where the record starts
 */
record Bai2Record(int code, List<String> segments, long line) {

	/** How many physical records this is, for the record counts in the trailers. */
	int recordCount() {
		return this.segments.size();
	}

	Fields fields() {
		return new Fields(this.segments);
	}

	/** Where the record is, as a treasury engineer finds it in an editor. */
	String position() {
		return "line " + this.line + " (record " + ((this.code < 10) ? "0" : "") + this.code + ")";
	}

}
