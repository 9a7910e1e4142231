package io.cashpost.statement.bai2;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a record's comma-separated fields in order across its continuation records: a
 * continuation's first field is the field after the last one of the record it continues.
 * The text of a detail record is the rest of the record, one line per physical record.
 */
final class Fields {

	private final List<String> segments;

	private int segment;

	private int position;

	private boolean segmentDone;

	Fields(List<String> segments) {
		this.segments = segments;
	}

	/** Whether another field follows, even an empty one. */
	boolean hasNext() {
		skipDoneSegments();
		return this.segment < this.segments.size();
	}

	/** The next field without surrounding blanks, or {@code null} after the last. */
	String next() {
		skipDoneSegments();
		if (this.segment == this.segments.size()) {
			return null;
		}
		String text = this.segments.get(this.segment);
		int comma = text.indexOf(',', this.position);
		String field;
		if (comma < 0) {
			field = text.substring(this.position);
			this.segmentDone = true;
		}
		else {
			field = text.substring(this.position, comma);
			this.position = comma + 1;
		}
		return field.strip();
	}

	/** The rest of the record as text lines, blank ones left out. */
	List<String> rest() {
		List<String> lines = new ArrayList<>(2);
		if (this.segment < this.segments.size() && !this.segmentDone) {
			add(lines, this.segments.get(this.segment).substring(this.position));
		}
		for (int i = this.segment + 1; i < this.segments.size(); i++) {
			add(lines, this.segments.get(i));
		}
		this.segment = this.segments.size();
		return lines;
	}

	private static void add(List<String> lines, String text) {
		String line = text.strip();
		if (!line.isEmpty()) {
			lines.add(line);
		}
	}

	private void skipDoneSegments() {
		while (this.segmentDone && this.segment < this.segments.size()) {
			this.segment++;
			this.position = 0;
			this.segmentDone = false;
		}
	}

}
