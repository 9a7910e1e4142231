package io.cashpost.job;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs how far a long step has got, at most once per interval: items read and written,
 * the rate, and what the step adds (percent of the file, payments posted). One instance
 * serves every execution of a step, partitions running side by side included.
 */
class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(ProgressLogger.class);

	private final String items;

	private final Clock clock;

	private final Duration interval;

	private final Function<StepExecution, String> detail;

	private final Map<Long, Marks> marks = new ConcurrentHashMap<>();

	/**
	 * @param items what the step reads, e.g. {@code entries}
	 * @param clock the time
	 * @param interval how often to log at most
	 * @param detail what to add to the line, or an empty string
	 */
	ProgressLogger(String items, Clock clock, Duration interval, Function<StepExecution, String> detail) {
		this.items = items;
		this.clock = clock;
		this.interval = interval;
		this.detail = detail;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		long now = this.clock.millis();
		this.marks.put(stepExecution.getId(), new Marks(now, now, stepExecution.getReadCount()));
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		StepContext context = StepSynchronizationManager.getContext();
		if (context == null) {
			return;
		}
		StepExecution execution = context.getStepExecution();
		Marks marks = this.marks.get(execution.getId());
		long now = this.clock.millis();
		if (marks != null && now - marks.lastLogged() >= this.interval.toMillis()) {
			this.marks.put(execution.getId(), new Marks(marks.started(), now, marks.readBefore()));
			logger.info(line(execution, marks, now));
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		Marks marks = this.marks.remove(stepExecution.getId());
		if (marks != null && this.clock.millis() - marks.started() >= this.interval.toMillis()) {
			logger.info(line(stepExecution, marks, this.clock.millis()) + ", " + stepExecution.getStatus());
		}
		return null;
	}

	private String line(StepExecution execution, Marks marks, long now) {
		long read = execution.getReadCount();
		double seconds = Math.max(1, now - marks.started()) / 1000.0;
		long rate = Math.round((read - marks.readBefore()) / seconds);
		String extra = this.detail.apply(execution);
		return execution.getStepName() + ": " + read + " " + this.items + " read, " + execution.getWriteCount()
				+ " written, " + rate + "/s" + (extra.isEmpty() ? "" : ", " + extra);
	}

	private record Marks(long started, long lastLogged, long readBefore) {
	}

}
