package io.cashpost.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this JVM owns an embedded data directory: a lock on {@code DIR.lock}, beside
 * the directory (initdb wants an empty one), held for as long as the database is in use.
 * The operating system drops the lock when the JVM dies however it dies, so a server
 * found running on a directory nobody holds was left behind by a killed Cashpost, while a
 * held lock means a live one.
 */
final class DataDirectoryLock implements AutoCloseable {

	/**
	 * Locking a byte far past the file's content leaves the content readable by others
	 * (Windows locks are mandatory), so a refused start can name the owner.
	 */
	private static final long LOCKED_POSITION = Long.MAX_VALUE - 1;

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the directory's lock and writes this process's id into it.
	 * @throws EmbeddedDatabaseException when a live Cashpost holds it
	 */
	static DataDirectoryLock acquire(Path dataDir) {
		Path file = lockFile(dataDir);
		FileChannel channel = null;
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new EmbeddedDatabaseException(dataDir + " is in use by another Cashpost (" + owner(file)
						+ "): one embedded database serves one Cashpost at a time; wait for it to end, or give this one "
						+ "another cashpost.embedded-db.dir");
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
					0);
			return new DataDirectoryLock(file, channel, lock);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("cannot lock " + file + ": " + ex.getMessage(), ex);
		}
	}

	static Path lockFile(Path dataDir) {
		Path absolute = dataDir.toAbsolutePath().normalize();
		return absolute.resolveSibling(absolute.getFileName() + ".lock");
	}

	Path file() {
		return this.file;
	}

	/** Releases the lock; the file stays (deleting it would race with the next owner). */
	@Override
	public void close() {
		try {
			this.lock.release();
		}
		catch (IOException ex) {
			// the channel's close below releases it as well
		}
		closeQuietly(this.channel);
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock(LOCKED_POSITION, 1, false);
		}
		catch (OverlappingFileLockException ex) {
			// an application context of this same JVM holds it
			return null;
		}
	}

	private static String owner(Path file) {
		try {
			String pid = Files.readString(file, StandardCharsets.US_ASCII).strip();
			return pid.isEmpty() ? "process unknown" : "process " + pid;
		}
		catch (IOException ex) {
			return "process unknown";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				// nothing left to release
			}
		}
	}

}
