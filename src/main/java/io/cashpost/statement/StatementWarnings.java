package io.cashpost.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings a reader collects while it reads a statement, handed over with the
 * statement's {@link StatementSummary}. A deviation a bank repeats in every entry is kept
 * once, at its first place, with how many more places it applies to: a million entries
 * without a status give one warning, not a million, so memory stays flat.
 */
public final class StatementWarnings {

	private final String file;

	private final Map<String, Repeated> byKind = new LinkedHashMap<>();

	/**
	 * @param file the file's name as given to the reader
	 */
	public StatementWarnings(String file) {
		this.file = file;
	}

	/**
	 * Records a warning.
	 * @param kind what kind of deviation, e.g. {@code entry without status}: warnings of
	 * one kind are counted, not repeated
	 * @param position where, or {@code null} for the whole file
	 * @param message what deviated and how it was read
	 */
	public void add(String kind, String position, String message) {
		Repeated repeated = this.byKind.get(kind);
		if (repeated == null) {
			this.byKind.put(kind, new Repeated(new StatementWarning(this.file, position, message)));
		}
		else {
			repeated.more++;
		}
	}

	/** Whether nothing was recorded since the last {@link #drain()}. */
	public boolean isEmpty() {
		return this.byKind.isEmpty();
	}

	/**
	 * The warnings recorded since the last call, in the order their kinds first came,
	 * each saying how many more places it applies to; then starts afresh.
	 */
	public List<StatementWarning> drain() {
		if (this.byKind.isEmpty()) {
			return List.of();
		}
		List<StatementWarning> warnings = new ArrayList<>(this.byKind.size());
		for (Repeated repeated : this.byKind.values()) {
			warnings.add(repeated.warning());
		}
		this.byKind.clear();
		return List.copyOf(warnings);
	}

	private static final class Repeated {

		private final StatementWarning first;

		private int more;

		Repeated(StatementWarning first) {
			this.first = first;
		}

		StatementWarning warning() {
			if (this.more == 0) {
				return this.first;
			}
			return new StatementWarning(this.first.file(), this.first.position(),
					this.first.message() + " (and " + this.more + " more like it in this statement)");
		}

	}

}
