package io.cashpost.job;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReader;

/**
 * Reads a statement on a thread of its own, a bounded number of parts ahead of the step
 * that stages them: parsing the file and writing the previous chunk to the database then
 * take place at the same time, on two cores, instead of one after the other. The parts
 * come out in the file's order, and a failure comes out where it happened in it. Memory
 * stays flat: the reader waits when it is {@code capacity} parts ahead.
 */
final class ReadAhead implements StatementReader {

	/** What the reading thread hands over: a part, the end, or a failure. */
	private sealed interface Next {

		record Part(StatementPart part) implements Next {

		}

		record End() implements Next {

		}

		record Failure(RuntimeException failure) implements Next {

		}

	}

	private final StatementReader reader;

	private final BlockingQueue<Next> ahead;

	private final Thread thread;

	private boolean ended;

	ReadAhead(StatementReader reader, int capacity, String name) {
		this.reader = reader;
		this.ahead = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(this::readAll, "read-ahead " + name);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public StatementFormat format() {
		return this.reader.format();
	}

	@Override
	public StatementPart next() {
		if (this.ended) {
			return null;
		}
		Next next = take();
		if (next instanceof Next.Part part) {
			return part.part();
		}
		this.ended = true;
		if (next instanceof Next.Failure failure) {
			throw failure.failure();
		}
		return null;
	}

	@Override
	public void close() {
		this.thread.interrupt();
		try {
			this.thread.join(TimeUnit.SECONDS.toMillis(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.reader.close();
		}
	}

	private void readAll() {
		try {
			for (StatementPart part = this.reader.next(); part != null; part = this.reader.next()) {
				this.ahead.put(new Next.Part(part));
			}
			this.ahead.put(new Next.End());
		}
		catch (InterruptedException ex) {
			// closed before the end: nobody reads on
		}
		catch (RuntimeException ex) {
			handOver(new Next.Failure(ex));
		}
		catch (Error ex) {
			// out of memory, say: the step must fail, not wait for a part that never
			// comes
			handOver(new Next.Failure(new IllegalStateException("reading the statement failed: " + ex, ex)));
			throw ex;
		}
	}

	private void handOver(Next next) {
		try {
			this.ahead.put(next);
		}
		catch (InterruptedException ex) {
			// closed meanwhile
		}
	}

	private Next take() {
		try {
			return this.ahead.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading ahead", ex);
		}
	}

}
