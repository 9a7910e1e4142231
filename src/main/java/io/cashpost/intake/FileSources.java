package io.cashpost.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every configured source of statement files, by name: {@code inbox}, and
 * {@code sftp:NAME} for each SFTP server.
 */
public class FileSources implements AutoCloseable {

	/** Stands for every source in a job definition. */
	public static final String ALL = "all";

	private final Map<String, FileSource> sources = new LinkedHashMap<>();

	FileSources(Collection<? extends FileSource> sources) {
		sources.forEach((source) -> this.sources.put(source.name(), source));
	}

	public Set<String> names() {
		return this.sources.keySet();
	}

	public List<FileSource> all() {
		return List.copyOf(this.sources.values());
	}

	/**
	 * The sources with these names; {@code all} stands for every source.
	 * @throws IllegalArgumentException naming an unknown source and the known ones
	 */
	public List<FileSource> named(Collection<String> names) {
		if (names.contains(ALL)) {
			return all();
		}
		List<FileSource> named = new ArrayList<>();
		for (String name : names) {
			FileSource source = this.sources.get(name);
			if (source == null) {
				throw new IllegalArgumentException("unknown source '" + name + "' (configured: "
						+ String.join(", ", this.sources.keySet()) + ", or all)");
			}
			named.add(source);
		}
		return named;
	}

	@Override
	public void close() {
		this.sources.values().forEach((source) -> {
			if (source instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					// closing a client at shutdown: nothing left to do about it
				}
			}
		});
	}

}
