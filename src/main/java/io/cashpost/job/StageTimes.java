package io.cashpost.job;

import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Adds up how long a matching step spends deciding (processing), posting (writing) and
 * queueing exceptions (the part of writing {@link #queueing} reports), in its execution
 * context under {@value #MATCH}, {@value #POST} and {@value #EXCEPTIONS}, so that the
 * time of each stage of a run can be read from the job repository (the benchmark does).
 * One instance serves steps running side by side: the time goes to the step execution of
 * the thread that spent it.
 */
class StageTimes implements ItemProcessListener<Object, Object>, ItemWriteListener<Object> {

	static final String MATCH = "cashpost.matchMillis";

	static final String POST = "cashpost.postMillis";

	static final String ROUTE = "cashpost.routeMillis";

	static final String EXCEPTIONS = "cashpost.exceptionMillis";

	private static final ThreadLocal<long[]> QUEUEING = ThreadLocal.withInitial(() -> new long[1]);

	private final ThreadLocal<Long> started = new ThreadLocal<>();

	/**
	 * Counts time the writer of this thread spent queueing exceptions and recording
	 * statuses: taken out of the chunk's posting time and shown as {@value #EXCEPTIONS}.
	 */
	static void queueing(long nanos) {
		QUEUEING.get()[0] += nanos;
	}

	@Override
	public void beforeProcess(Object item) {
		this.started.set(System.nanoTime());
	}

	@Override
	public void afterProcess(Object item, Object result) {
		add(MATCH);
	}

	@Override
	public void onProcessError(Object item, Exception ex) {
		add(MATCH);
	}

	@Override
	public void beforeWrite(Chunk<?> items) {
		QUEUEING.get()[0] = 0;
		this.started.set(System.nanoTime());
	}

	@Override
	public void afterWrite(Chunk<?> items) {
		addWrite();
	}

	@Override
	public void onWriteError(Exception ex, Chunk<?> items) {
		addWrite();
	}

	private void addWrite() {
		add(POST, EXCEPTIONS, QUEUEING.get()[0]);
	}

	private void add(String key) {
		add(key, null, 0);
	}

	/**
	 * Adds the time since the stage started to {@code key}, less {@code part}, which goes
	 * to {@code partKey} (when given).
	 */
	private void add(String key, String partKey, long part) {
		Long since = this.started.get();
		StepContext step = StepSynchronizationManager.getContext();
		if (since == null || step == null) {
			return;
		}
		ExecutionContext context = step.getStepExecution().getExecutionContext();
		record(context, key, System.nanoTime() - since - part);
		if (partKey != null) {
			record(context, partKey, part);
		}
	}

	/**
	 * Adds the nanoseconds to the key's total, kept in nanoseconds and shown in millis.
	 */
	static void record(ExecutionContext context, String key, long nanos) {
		String exact = key + ".nanos";
		long total = context.getLong(exact, 0L) + nanos;
		context.putLong(exact, total);
		context.putLong(key, TimeUnit.NANOSECONDS.toMillis(total));
	}

}
