package io.cashpost.statement.bai2;

import java.util.ArrayList;
import java.util.List;

import io.cashpost.statement.bai2.RecordScanner.RawRecord;

/**
 * Joins each record with the continuation records (88) that follow it.
 */
final class LogicalRecords {

	static final int CONTINUATION = 88;

	private final RecordScanner scanner;

	private RawRecord pending;

	LogicalRecords(RecordScanner scanner) {
		this.scanner = scanner;
	}

	/** The next record with its continuations, or {@code null} at the end of the file. */
	Bai2Record next() {
		RawRecord first = (this.pending != null) ? this.pending : this.scanner.next();
		this.pending = null;
		if (first == null) {
			return null;
		}
		RawRecord next = this.scanner.next();
		if (next == null || next.code() != CONTINUATION || first.code() == CONTINUATION) {
			this.pending = next;
			return new Bai2Record(first.code(), List.of(first.body()), first.line());
		}
		List<String> segments = new ArrayList<>(4);
		segments.add(first.body());
		while (next != null && next.code() == CONTINUATION) {
			segments.add(next.body());
			next = this.scanner.next();
		}
		this.pending = next;
		return new Bai2Record(first.code(), segments, first.line());
	}

	/** The line where the file ended. */
	long lastLine() {
		return this.scanner.lastLine();
	}

}
