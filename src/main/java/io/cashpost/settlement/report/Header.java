package io.cashpost.settlement.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report's header row: which position each column has, by its name. Names are matched
 * without regard to case and surrounding space, so a column may move or be renamed in
 * case and a reader still finds it; a reader never relies on a column's position.
 */
public final class Header {

	private final Map<String, Integer> positions = new HashMap<>();

	/** The readers ask for the same few names on every row: each is normalised once. */
	private final Map<String, Integer> asked = new HashMap<>();

	private final List<String> names;

	private final long line;

	public Header(List<String> names, long line) {
		this.names = List.copyOf(names);
		this.line = line;
		for (int i = 0; i < names.size(); i++) {
			String name = normalised(names.get(i));
			if (!name.isEmpty()) {
				this.positions.putIfAbsent(name, i);
			}
		}
	}

	/** The column's position, or -1 when the header lacks it. */
	public int position(String column) {
		return this.asked.computeIfAbsent(column, (name) -> this.positions.getOrDefault(normalised(name), -1));
	}

	public boolean has(String column) {
		return position(column) >= 0;
	}

	/** Whether every one of the columns is there. */
	public boolean hasAll(List<String> columns) {
		return columns.stream().allMatch(this::has);
	}

	/** The columns of the list the header lacks, in the list's order. */
	public List<String> missing(List<String> columns) {
		List<String> missing = new ArrayList<>();
		columns.stream().filter((column) -> !has(column)).forEach(missing::add);
		return missing;
	}

	/** The names as the file spells them. */
	public List<String> names() {
		return this.names;
	}

	/** The line the header is on. */
	public long line() {
		return this.line;
	}

	static String normalised(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
