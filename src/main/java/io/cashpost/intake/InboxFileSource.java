package io.cashpost.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The inbox folder: a file dropped there is taken once it is complete. Complete means
 * either renamed into place (written as {@code .name}, {@code name.part} or
 * {@code name.tmp}, which are never taken) or unchanged in size and time for the stable
 * period, seen so on two looks in a row when there were two. A complete file is moved
 * into the spool (one atomic rename, so two processes watching one inbox never both take
 * it) and processed from there; a file left in the spool by a run that was cut off is
 * processed next time.
 */
class InboxFileSource implements FileSource {

	private final Path dir;

	private final Path spool;

	private final Duration stableFor;

	private final Duration pollInterval;

	private final Clock clock;

	private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

	InboxFileSource(Path dir, Path spool, Duration stableFor, Duration pollInterval, Clock clock) {
		this.dir = dir;
		this.spool = spool;
		this.stableFor = stableFor;
		this.pollInterval = pollInterval;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "inbox";
	}

	@Override
	public Duration pollInterval() {
		return this.pollInterval;
	}

	@Override
	public List<Path> collect() {
		for (Path file : complete()) {
			claim(file);
		}
		return spooled();
	}

	private List<Path> complete() {
		if (!Files.isDirectory(this.dir)) {
			return List.of();
		}
		Instant now = this.clock.instant();
		List<Path> complete = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.dir)) {
			files.filter(InboxFileSource::mayBeComplete)
				.sorted(Comparator.comparing(Path::getFileName))
				.forEach((file) -> {
					if (isComplete(file, now)) {
						complete.add(file);
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the inbox " + this.dir + ": " + ex.getMessage(), ex);
		}
		this.seen.keySet().removeIf((file) -> !Files.exists(file));
		return complete;
	}

	@Override
	public void release(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Moves the file into the spool; another process that took it first, or a file of the
	 * same name still waiting there, leaves it where it is.
	 */
	private void claim(Path file) {
		try {
			Files.createDirectories(this.spool);
			Files.move(file, this.spool.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
			this.seen.remove(file);
		}
		catch (NoSuchFileException | FileAlreadyExistsException ex) {
			// taken by someone else, or its namesake is not processed yet: next time
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move " + file + " to " + this.spool + ": " + ex.getMessage(), ex);
		}
	}

	private List<Path> spooled() {
		if (!Files.isDirectory(this.spool)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.spool)) {
			return files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::getFileName)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.spool + ": " + ex.getMessage(), ex);
		}
	}

	private static boolean mayBeComplete(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp");
	}

	/**
	 * Unchanged for the stable period, and the same size and time as at the last look: a
	 * copy that keeps its source's old time still grows between two looks.
	 */
	private boolean isComplete(Path file, Instant now) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(file, BasicFileAttributes.class);
		}
		catch (IOException ex) {
			return false;
		}
		Seen current = new Seen(attributes.size(), attributes.lastModifiedTime().toInstant());
		Seen before = this.seen.put(file, current);
		boolean quiet = !current.modified().plus(this.stableFor).isAfter(now);
		return quiet && (before == null || before.equals(current));
	}

	private record Seen(long size, Instant modified) {
	}

}
